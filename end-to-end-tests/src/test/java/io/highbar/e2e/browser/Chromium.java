package io.highbar.e2e.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium driven by Playwright, never a downloaded browser. Without chromium the browser tests are skipped
 * with a message, except on CI ({@code CI=true}), where a missing browser fails them: CI must never skip them quietly.
 */
final class Chromium {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("HIGHBAR_CHROMIUM", "/usr/bin/chromium"));
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");

    private static Playwright playwright;

    private Chromium() {
    }

    static void require() {
        if (Files.isExecutable(EXECUTABLE)) {
            return;
        }
        String message = "Browser tests need Debian's chromium at " + EXECUTABLE
                + " (apt-get install -y chromium, or set HIGHBAR_CHROMIUM)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + ". CI=true: failing rather than skipping them.");
        }
        Assumptions.abort(message + "; skipped.");
    }

    static synchronized Playwright playwright() {
        if (playwright == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> playwright.close(), "playwright-close"));
        }
        return playwright;
    }

    /** A fresh browser (own user-data dir: no cookies, no storage) at desktop size. */
    static BrowserContext newBrowser() {
        try {
            Path profile = Files.createTempDirectory("highbar-chromium-");
            return playwright().chromium().launchPersistentContext(profile,
                    new BrowserType.LaunchPersistentContextOptions()
                            .setExecutablePath(EXECUTABLE)
                            .setHeadless(true)
                            .setArgs(FLAGS)
                            .setViewportSize(Screens.DESKTOP_WIDTH, Screens.DESKTOP_HEIGHT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
