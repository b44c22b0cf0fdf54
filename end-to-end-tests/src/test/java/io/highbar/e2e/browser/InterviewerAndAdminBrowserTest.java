package io.highbar.e2e.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Interviewers watch candidates live; admins see the scoring workers, import cards and read the calibration. */
class InterviewerAndAdminBrowserTest extends BrowserTestBase {

    @Test
    void theInterviewersBoardShowsTheAnswerAndItsEvaluationLiveWhileTheCandidateSubmits() {
        Page board = signIn("interviewer");
        assertThat(board.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Live board"))).isVisible();
        // the stream's first bytes come with its first event or heartbeat: it is subscribed once the page asked
        assertThat(board.locator(".stream-state")).isVisible();
        board.waitForTimeout(1000);

        Page candidate = signIn("candidate2");
        String sessionId = startDrill(candidate, "Ownership", "Ownership");
        candidate.getByLabel("Interviewer\u2019s username").fill("interviewer");
        candidate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share")).click();
        assertThat(candidate.locator("text=can now watch this session live")).isVisible();

        Locator row = board.locator(".board-row[data-session-id=\"" + sessionId + "\"]");
        assertThat(row).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(EVALUATION_TIMEOUT_MS));
        submitAnswer(candidate, STRONG_ANSWER);
        assertThat(row.locator(".board-answer")).containsText("payment webhook retries",
                new LocatorAssertions.ContainsTextOptions().setTimeout(EVALUATION_TIMEOUT_MS));
        assertThat(row.locator(".board-eval .badge")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(EVALUATION_TIMEOUT_MS));
        assertThat(row.locator(".board-eval")).containsText("/ 100");
        Screens.capture(board, "09-interviewer-board");

        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Watch this session")).click();
        awaitEvaluations(board, 1);
        Locator answer = board.locator(".answer").first();
        board.getByLabel("Note (up to 2,000 characters)").fill("Strong root-cause story; ask about the review.");
        board.getByLabel("Share with the candidate").check();
        board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add note")).click();
        assertThat(board.locator(".notes")).containsText("Strong root-cause story");

        answer.locator("summary", new Locator.LocatorOptions().setHasText("Override a score")).click();
        answer.getByLabel("Score", new Locator.GetByLabelOptions().setExact(true)).selectOption("2");
        answer.getByLabel("Reason (required)").fill("The review with the Platform lead is real influence.");
        answer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save override")).click();
        assertThat(board.locator(".answer .evaluation .override").first()).containsText("The review with the Platform lead");
        Screens.capture(board, "10-interviewer-watch");

        assertThat(candidate.locator(".notes")).containsText("Strong root-cause story",
                new LocatorAssertions.ContainsTextOptions().setTimeout(EVALUATION_TIMEOUT_MS));
    }

    @Test
    void adminsSeeTheScoringWorkersImportErrorsNextToTheirLinesAndCalibration() {
        Page page = signIn("admin");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Scoring workers"))).isVisible();
        assertThat(page.locator("table tbody tr").first()).isVisible();
        assertThat(page.locator(".lag-row").first()).isVisible();
        Screens.capture(page, "11-admin-scoring");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Content").setExact(true)).click();
        page.getByLabel("Start from").selectOption("ownership");
        Locator editor = page.getByLabel("Card (JSON)");
        assertThat(editor).not().isEmpty();
        String card = editor.inputValue();
        editor.fill(card.replaceFirst("\"name\": \"Ownership\"", "\"name\": \"\""));
        page.getByLabel("Card id").fill("ownership-broken");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Validate and import")).click();
        Locator nameLine = page.locator(".annotated li.has-error", new Page.LocatorOptions().setHasText("\"name\": \"\""));
        assertThat(nameLine).isVisible();
        assertThat(nameLine.locator(".inline-error")).containsText("$.name");
        Screens.capture(page, "12-admin-content-errors");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Calibration").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Overrides per dimension")))
                .isVisible();
        assertThat(page.locator("text=The running models were trained without interviewer overrides.")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export overrides for training")))
                .isEnabled();
        Screens.capture(page, "15-admin-calibration");
    }
}
