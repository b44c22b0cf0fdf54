package io.highbar.e2e.browser;

import java.nio.file.Path;

import com.microsoft.playwright.Page;

/** Screenshots of a page at desktop and at phone width, under {@code target/screenshots/}. */
final class Screens {

    static final int DESKTOP_WIDTH = 1280;
    static final int DESKTOP_HEIGHT = 800;
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;
    static final Path DIR = Path.of("target", "screenshots");

    private Screens() {
    }

    static void capture(Page page, String name) {
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        page.waitForTimeout(250);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(DIR.resolve(name + "-phone.png")));
        page.setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        page.waitForTimeout(250);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(DIR.resolve(name + "-desktop.png")));
    }
}
