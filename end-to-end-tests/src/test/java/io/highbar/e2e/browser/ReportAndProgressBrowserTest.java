package io.highbar.e2e.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** After a drill, the candidate ends it, reads the report and sees the answer on the progress chart. */
class ReportAndProgressBrowserTest extends BrowserTestBase {

    @Test
    void anEndedDrillHasAReportAndShowsOnTheProgressChart() {
        Page page = signIn("candidate");
        startDrill(page, "Ownership", "Ownership");
        submitAnswer(page, STRONG_ANSWER);
        awaitEvaluations(page, 1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End session and see the report")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Fix these next"))).isVisible();
        assertThat(page.locator(".verdict-line .badge")).isVisible();
        Screens.capture(page, "13-report");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Progress")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your progress"))).isVisible();
        assertThat(page.locator(".chart-box canvas")).isVisible();
        Screens.capture(page, "14-progress");
    }

    @Test
    void aMockInterviewAsksTimedQuestions() {
        Page page = signIn("candidate");
        // the list of competencies fills in after the form is shown and moves the controls below it: choose the mode
        // once it is there, and pick from it without a search that would fill it again under the pointer
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Ownership").setExact(true)))
                .isVisible();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Mock interview")).check();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Ownership").setExact(true)).check();
        page.getByLabel("Questions per competency").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the mock interview")).click();
        assertThat(page.locator(".question .q-label").first()).containsText("Question 1 of 1");
        assertThat(page.locator(".clock")).containsText("left");
        Screens.capture(page, "15-mock-question");
    }
}
