package io.highbar.e2e.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

/** The session page's event stream survives a dropped connection, and what a candidate types stays text. */
class StreamAndSafetyBrowserTest extends BrowserTestBase {

    @Test
    void aDroppedStreamReconnectsWithNoGapAndNoDuplicate() throws Exception {
        try (DroppableProxy proxy = new DroppableProxy(baseUrl)) {
            Page page = signIn(openBrowser(proxy.url() + "/"), "candidate");
            String sessionId = startDrill(page, "Ownership", "Ownership");
            assertThat(page.locator(".stream-state")).hasText("Live");
            assertThat(page.locator(".timeline")).hasAttribute("data-last-event-id", "1");

            proxy.drop();
            assertThat(page.locator(".stream-state")).hasText("Reconnecting\u2026");
            // while the browser is cut off, the candidate's answer is submitted and evaluated (events 2 and 3)
            submitDirectly(sessionId, page.locator(".question").first().getAttribute("data-question-id"), STRONG_ANSWER);
            proxy.restore();

            assertThat(page.locator(".stream-state")).hasText("Live", new com.microsoft.playwright.assertions
                    .LocatorAssertions.HasTextOptions().setTimeout(EVALUATION_TIMEOUT_MS));
            awaitEvaluations(page, 1);
            assertThat(page.locator(".answer")).hasCount(1);
            assertThat(page.locator(".question")).hasCount(1);
            List<Long> seqs = Arrays.stream(page.locator(".timeline").getAttribute("data-seqs").split(","))
                    .map(Long::parseLong).toList();
            assertThat(seqs).as("every event once, in order, none missing").containsExactly(1L, 2L, 3L);
            List<String> resumed = new ArrayList<>(proxy.requestHeads().stream()
                    .filter(head -> head.startsWith("GET /api/sessions/" + sessionId + "/events"))
                    .filter(head -> head.toLowerCase().contains("last-event-id: 1")).toList());
            assertThat(resumed).as("the browser resumed the stream after event 1").isNotEmpty();
            Screens.capture(page, "07-drill-after-reconnect");
        }
    }

    @Test
    void anAnswerWithMarkupIsShownAsTextAndNeverRuns() {
        String hostile = "<img src=x onerror=alert(1)> " + STRONG_ANSWER + " <script>alert(2)</script>";
        Page page = signIn("candidate");
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        startDrill(page, "low-quality", "Insist on the Highest Standards");
        submitAnswer(page, hostile);
        var evaluation = awaitEvaluations(page, 1);

        assertThat(shownAnswer(evaluation)).isEqualTo(hostile);
        assertThat(page.locator("main img")).hasCount(0);
        assertThat(page.locator("main script")).hasCount(0);
        page.waitForTimeout(500);
        assertThat(dialogs).as("dialogs opened by the page").isEmpty();
        Screens.capture(page, "08-markup-as-text");
    }

    private void submitDirectly(String sessionId, String questionId, String text) {
        APIRequestContext api = Chromium.playwright().request().newContext();
        try {
            APIResponse signIn = api.post(baseUrl + "/api/auth/token", RequestOptions.create()
                    .setData(Map.of("username", "candidate", "password", "candidate-local")));
            String token = signIn.text().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
            APIResponse submitted = api.post(baseUrl + "/api/sessions/" + sessionId + "/answers", RequestOptions.create()
                    .setHeader("Authorization", "Bearer " + token)
                    .setData(Map.of("questionId", questionId, "text", text)));
            assertThat(submitted.status()).isEqualTo(202);
        } finally {
            api.dispose();
        }
    }
}
