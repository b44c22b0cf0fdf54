package io.highbar.e2e.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A candidate signs in, finds a competency, drills it and reads the evaluation, as the acceptance asks. */
class CandidateDrillBrowserTest extends BrowserTestBase {

    @Test
    void aCandidateCompletesADrillAndSeesTheEvidenceHighlightedInTheirOwnAnswer() {
        Page page = openBrowser(baseUrl + "/");
        Screens.capture(page, "01-sign-in");
        signIn(page, "candidate");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Practice"))).isVisible();
        assertThat(page.locator(".choices li").first()).isVisible();
        Screens.capture(page, "02-practice");

        // search by a trigger question's words, not the name
        startDrill(page, "low-quality", "Insist on the Highest Standards");
        assertThat(page.locator(".stream-state")).hasText("Live");
        Locator box = page.getByLabel("Answer (Situation, Task, Action, Result)");
        box.fill("one two three four five six seven eight nine ten");
        assertThat(page.locator(".counts")).containsText("10 words");
        assertThat(page.locator(".counts")).containsText("0:04 spoken");
        Screens.capture(page, "03-drill-question");

        submitAnswer(page, STRONG_ANSWER);
        Locator evaluation = awaitEvaluations(page, 1);
        assertThat(evaluation.locator(".badge").first()).isVisible();
        assertThat(evaluation.locator(".verdict-line")).containsText("/ 4 overall");
        assertThat(evaluation.locator(".verdict-line")).containsText("Level:");
        assertThat(shownAnswer(evaluation)).isEqualTo(STRONG_ANSWER);
        List<String> highlighted = evaluation.locator(".answer-text mark.ev").allTextContents();
        assertThat(highlighted).as("evidence highlighted in the answer").isNotEmpty()
                .allSatisfy(quote -> assertThat(STRONG_ANSWER).contains(quote));
        assertThat(evaluation.locator(".bar-row").count()).isPositive();
        assertThat(evaluation.locator(".follow-up .question-text")).not().isEmpty();

        // picking a dimension leaves only its evidence highlighted
        evaluation.locator(".bar-row").first().click();
        assertThat(evaluation.locator(".bar-row").first()).hasAttribute("aria-pressed", "true");
        Screens.capture(page, "04-drill-evaluated");

        // retry: the second attempt shows what changed
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Improve this answer")).click();
        assertThat(box).hasValue(STRONG_ANSWER);
        submitAnswer(page, STRONG_ANSWER + " Looking back, it was my mistake not to add the alert earlier,"
                + " and I now review retry settings in every design review.");
        Locator second = awaitEvaluations(page, 2);
        assertThat(second.locator(".change")).containsText("Change from your previous attempt");
        assertThat(page.locator(".answer h3").nth(1)).containsText("Attempt 2");
        Screens.capture(page, "05-drill-retry");
    }

    @Test
    void theStudyPageShowsTheCardAndGradesItsQuiz() {
        Page page = signIn("candidate");
        page.getByLabel("Search by name or by a question you were asked").fill("Ownership");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Ownership").setExact(true)).check();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Study")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the card")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Signals the interviewer listens for"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Level bars"))).isVisible();
        Locator firstItem = page.locator(".quiz > li").first();
        firstItem.getByLabel("Signal", new Locator.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check my answers")).click();
        assertThat(page.locator(".quiz .score, form .score")).containsText("of 1 right");
        assertThat(firstItem.locator(".quiz-feedback")).not().isEmpty();
        Screens.capture(page, "06-study");
    }
}
