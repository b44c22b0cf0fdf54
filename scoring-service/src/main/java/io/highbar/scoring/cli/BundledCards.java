package io.highbar.scoring.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.card.CompetencyCard;

/** The competency cards on the classpath ({@code cards/*.json}, copied from content-service), by id. */
public final class BundledCards {

    private BundledCards() {
    }

    public static Map<String, CompetencyCard> all() {
        Map<String, CompetencyCard> found = new TreeMap<>();
        try {
            Enumeration<URL> dirs = BundledCards.class.getClassLoader().getResources("cards");
            while (dirs.hasMoreElements()) {
                URL dir = dirs.nextElement();
                for (String name : list(dir)) {
                    try (InputStream in = new URL(dir.toString().replaceAll("/?$", "/") + name).openStream()) {
                        CompetencyCard c = EventJson.mapper().readValue(in, CompetencyCard.class);
                        found.putIfAbsent(c.id(), c);
                    } catch (IOException | RuntimeException e) {
                        System.err.println("skipping card " + name + ": " + e.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("cannot list cards: " + e.getMessage());
        }
        return Collections.unmodifiableMap(found);
    }

    private static List<String> list(URL dir) throws IOException {
        List<String> names = new ArrayList<>();
        if (dir.getProtocol().equals("file")) {
            try (Stream<Path> files = Files.list(Path.of(java.net.URI.create(dir.toString())))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                        .forEach(names::add);
            }
            return names;
        }
        URLConnection conn = dir.openConnection();
        if (conn instanceof JarURLConnection jar) {
            String prefix = jar.getEntryName() == null ? "cards/" : jar.getEntryName().replaceAll("/?$", "/");
            JarFile file = jar.getJarFile();
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String n = entries.nextElement().getName();
                if (n.startsWith(prefix) && n.endsWith(".json") && n.indexOf('/', prefix.length()) < 0) {
                    names.add(n.substring(prefix.length()));
                }
            }
        }
        names.sort(String::compareTo);
        return names;
    }
}
