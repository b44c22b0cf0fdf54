package io.highbar.gateway.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The web UI's files are served without a token, under a policy that runs only this origin's scripts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "highbar.auth.issuer=http://gateway.test")
@AutoConfigureWebTestClient
class WebUiTest {

    @Autowired
    WebTestClient web;

    /** Nothing listens there: no request in these tests may reach a backend. */
    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("INTERVIEW_SERVICE_URL", () -> "http://localhost:9");
        registry.add("CONTENT_SERVICE_URL", () -> "http://localhost:9");
        registry.add("SCORING_SERVICE_URL", () -> "http://localhost:9");
    }

    @Test
    void thePageIsPublicAndOnlyThisOriginsScriptsMayRun() {
        String html = web.get().uri("/").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("Content-Security-Policy", WebUi.CONTENT_SECURITY_POLICY)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("<script type=\"module\" src=\"/app/main.js\"></script>").doesNotContain("onclick=");
        assertThat(WebUi.CONTENT_SECURITY_POLICY).contains("script-src 'self';").doesNotContain("unsafe-inline");
    }

    @Test
    void scriptsAndTheChartLibraryAreServedAsJavaScript() {
        web.get().uri("/app/main.js").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/javascript");
        web.get().uri("/webjars/uplot/dist/uPlot.esm.js").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/javascript");
    }

    @Test
    void theApiStillNeedsATokenEvenThroughTheUiFolder() {
        web.get().uri("/api/sessions/x").exchange().expectStatus().isUnauthorized();
        web.get().uri("/app/../api/sessions/x").exchange().expectStatus()
                .value(status -> assertThat(status).as("refused, never routed").isIn(400, 401));
    }
}
