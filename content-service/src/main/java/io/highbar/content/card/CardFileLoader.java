package io.highbar.content.card;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.highbar.contracts.card.CompetencyCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Reads and validates every card file matching a resource pattern; one bad file fails the whole load. */
@Component
public class CardFileLoader {

    private static final Logger log = LoggerFactory.getLogger(CardFileLoader.class);
    private static final String SUFFIX = ".json";

    private final ResourcePatternResolver resources;
    private final CardReader reader;

    public CardFileLoader(ResourcePatternResolver resources, CardReader reader) {
        this.resources = resources;
        this.reader = reader;
    }

    /** @throws InvalidCardFilesException naming every problem of every bad file */
    public List<CompetencyCard> load(String location) {
        List<CompetencyCard> cards = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        for (Resource resource : find(location)) {
            String source = sourceName(resource);
            String fileName = resource.getFilename();
            String expectedId = fileName.substring(0, fileName.length() - SUFFIX.length());
            try {
                cards.add(reader.read(source, bytes(resource), expectedId));
            } catch (InvalidCardException | MalformedCardException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw new InvalidCardFilesException(location, failures);
        }
        return cards;
    }

    private List<Resource> find(String location) {
        try {
            return Arrays.stream(resources.getResources(location))
                    .filter(resource -> resource.getFilename() != null && resource.getFilename().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList();
        } catch (FileNotFoundException e) {
            log.warn("No card files at {}: {}", location, e.getMessage());
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list card files at " + location, e);
        }
    }

    /** {@code cards/ownership.json}: the folder and file name, which is how authors know the file. */
    private static String sourceName(Resource resource) {
        try {
            String path = resource.getURL().getPath();
            int fileStart = path.lastIndexOf('/');
            int folderStart = path.lastIndexOf('/', fileStart - 1);
            return path.substring(folderStart + 1);
        } catch (IOException e) {
            return resource.getFilename();
        }
    }

    private static byte[] bytes(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read card file " + resource.getDescription(), e);
        }
    }
}
