package io.highbar.e2e.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.highbar.e2e.SampleStories;
import org.junit.jupiter.api.Test;

/** A candidate writes a story, watches it map to the principles it covers, opens the matrix and practises from it. */
class StoryBankBrowserTest extends BrowserTestBase {

    @Test
    void aCandidateWritesAStoryWatchesItMapOpensTheMatrixAndPractisesFromIt() {
        Page page = signIn("candidate");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Today's plan"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stories").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your stories").setExact(true))).isVisible();

        String title = "Night shift cages " + UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel("Title").fill(title);
        page.getByLabel("Story (Situation, Task, Action, Result)").fill(SampleStories.FRUGAL);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save story")).click();
        assertThat(page.locator(".mapping")).containsText("Primary principle: Frugality",
                new LocatorAssertions.ContainsTextOptions().setTimeout(EVALUATION_TIMEOUT_MS));
        assertThat(page.locator(".versions li")).hasCount(1);
        Screens.capture(page, "16-story-mapped");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to your stories")).click();
        Locator cell = page.locator(".matrix td.speaks[title^=\"" + title + " for Frugality\"]");
        assertThat(cell).isVisible();
        assertThat(cell.getAttribute("title")).contains("/ 4");
        Screens.capture(page, "17-story-matrix");

        page.locator(".story-list").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Practise as a drill for Frugality")).click();
        Locator evaluation = awaitEvaluations(page, 1);
        assertThat(shownAnswer(evaluation)).isEqualTo(SampleStories.FRUGAL);
        Screens.capture(page, "18-story-drill");

        // a better retry goes back into the bank as the story's next version
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Improve this answer")).click();
        String retold = SampleStories.FRUGAL + " Looking back, I should have asked the loaders first: they knew"
                + " about the cages long before my stopwatch did.";
        submitAnswer(page, retold);
        awaitEvaluations(page, 2);
        Locator saveBack = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this attempt to "
                + "\u201c" + title + "\u201d"));
        assertThat(saveBack).hasCount(1);
        saveBack.click();
        assertThat(page.locator(".save-back")).containsText("Saved to your story as version 2");
    }
}
