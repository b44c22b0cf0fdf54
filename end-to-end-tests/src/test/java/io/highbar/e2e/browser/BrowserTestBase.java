package io.highbar.e2e.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.highbar.e2e.EmbeddedPlatform;
import io.highbar.e2e.SampleAnswers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Browser tests run against the real platform (the four services as processes, started once per test JVM), through
 * the gateway that serves the UI. {@code -Dhighbar.browser.baseUrl=http://localhost:8080} points them at a platform
 * that already runs (e.g. {@code ./highbar up}) instead.
 */
abstract class BrowserTestBase {

    static final String STRONG_ANSWER = SampleAnswers.STRONG;
    static final double EVALUATION_TIMEOUT_MS = 60_000;

    static String baseUrl;

    private final List<BrowserContext> browsers = new ArrayList<>();
    private final List<String> pageErrors = new ArrayList<>();

    @BeforeAll
    static void platform() {
        Chromium.require();
        // the machine is shared and busy: what a person would wait for may take more than Playwright's 5 s
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        String given = System.getProperty("highbar.browser.baseUrl", "");
        baseUrl = given.isBlank() ? EmbeddedPlatform.gatewayUrl() : given;
    }

    /** On failure, what every open page showed, as {@code target/screenshots/failed-<test>-<n>.png}. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        int n = 0;
        for (BrowserContext browser : browsers) {
            for (Page page : browser.pages()) {
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(Screens.DIR.resolve("failed-" + context.getDisplayName().replaceAll("\\W", "") + "-" + (++n) + ".png")));
            }
        }
    };

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(BrowserContext::close);
        browsers.clear();
        assertThat(pageErrors).as("uncaught errors in the page's scripts").isEmpty();
    }

    /** A fresh browser at {@code url}, the UI's sign-in page. */
    Page openBrowser(String url) {
        BrowserContext browser = Chromium.newBrowser();
        browsers.add(browser);
        Page page = browser.pages().isEmpty() ? browser.newPage() : browser.pages().get(0);
        page.setDefaultTimeout(30_000);
        page.setDefaultNavigationTimeout(60_000);
        page.onPageError(error -> pageErrors.add(error));
        page.navigate(url);
        return page;
    }

    /** Opens the UI in a fresh browser and signs in through the form, as a person would. */
    Page signIn(String username) {
        return signIn(openBrowser(baseUrl + "/"), username);
    }

    Page signIn(Page page, String username) {
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(username + "-local");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
        return page;
    }

    /** From the practice page: find a competency by searching, pick it, start a DRILL; returns the session id. */
    String startDrill(Page page, String search, String competencyName) {
        page.getByLabel("Search by name or by a question you were asked").fill(search);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(competencyName).setExact(true)).check();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Drill")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the drill")).click();
        Locator question = page.locator(".question .question-text").first();
        assertThat(question).not().isEmpty();
        return page.url().substring(page.url().lastIndexOf('/') + 1);
    }

    /** The answer as the page shows it, without the flag markers (\u2691 1) the page adds after a flagged passage. */
    static String shownAnswer(Locator evaluation) {
        return (String) evaluation.locator(".answer-text").evaluate("p => Array.from(p.childNodes)"
                + ".filter(n => !(n.classList && n.classList.contains('flag-ref'))).map(n => n.textContent).join('')");
    }

    void submitAnswer(Page page, String text) {
        Locator box = page.getByLabel("Answer (Situation, Task, Action, Result)");
        box.fill(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answer")).click();
    }

    /** Waits until {@code count} answers show their evaluation. */
    Locator awaitEvaluations(Page page, int count) {
        Locator evaluations = page.locator(".answer .evaluation");
        assertThat(evaluations).hasCount(count, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions()
                .setTimeout(EVALUATION_TIMEOUT_MS));
        return evaluations.nth(count - 1);
    }
}
