package io.highbar.e2e;

/** The one embedded platform of this test JVM, for tests in other packages (the browser tests). */
public final class EmbeddedPlatform {

    private EmbeddedPlatform() {
    }

    public static String gatewayUrl() {
        return Platform.embedded().gatewayUrl();
    }
}
