package io.highbar.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.highbar.infra.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Sign-in at the gateway, the token check before routing, and the cookie that stands in for the header on GETs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "highbar.auth.local-accounts.enabled=true",
        "highbar.auth.issuer=http://gateway.test",
        "highbar.auth.sign-in-limits.per-username.capacity=5",
        "highbar.auth.sign-in-limits.per-address.capacity=1000"})
@AutoConfigureWebTestClient
class SignInTest {

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("INTERVIEW_SERVICE_URL", EchoBackend::url);
        registry.add("CONTENT_SERVICE_URL", EchoBackend::url);
        registry.add("SCORING_SERVICE_URL", EchoBackend::url);
    }

    @Test
    void aLocalAccountGetsAnRs256TokenInTheBodyAndAnHttpOnlyStrictCookie() {
        var result = signIn("candidate", "candidate-local").expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectBody(Map.class).returnResult();
        Map<?, ?> body = result.getResponseBody();
        assertThat(body.get("token_type")).isEqualTo("Bearer");
        assertThat(((Number) body.get("expires_in")).longValue()).isEqualTo(3600);
        String token = body.get("access_token").toString();
        String header = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[0]));
        String claims = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(header).contains("\"alg\":\"RS256\"").contains("\"kid\"");
        assertThat(claims).contains("\"sub\":\"candidate\"", "\"roles\":[\"CANDIDATE\"]", "\"iss\":\"http://gateway.test\"",
                "\"exp\":", "\"iat\":");

        ResponseCookie cookie = result.getResponseCookies().getFirst("highbar_token");
        assertThat(cookie.getValue()).isEqualTo(token);
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Strict");
    }

    @Test
    void wrongCredentialsAre401Problems() {
        signIn("candidate", "wrong").expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("Wrong username or password.");
        signIn("nobody", "nobody-local").expectStatus().isUnauthorized();
    }

    @Test
    void theKeysArePublishedAsJwks() {
        web.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.keys[0].kty").isEqualTo("RSA")
                .jsonPath("$.keys[0].kid").exists()
                .jsonPath("$.keys[0].d").doesNotExist();
    }

    @Test
    void apiCallsWithoutAValidTokenNeverReachABackend() {
        web.get().uri("/api/sessions/x").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/sessions/x").header(HttpHeaders.AUTHORIZATION,
                "Bearer " + TestIssuer.shared().token("candidate", "CANDIDATE")).exchange().expectStatus().isUnauthorized();
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void theTokenIsPassedOnAsABearerHeader() {
        String token = token("candidate2");
        web.get().uri("/api/sessions/x").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk().expectBody(String.class).isEqualTo("authorization=Bearer " + token);
    }

    @Test
    void theCookieStandsInForTheHeaderOnGetsSuchAsTheEventStream() {
        String token = token("candidate2");
        web.get().uri("/api/sessions/x/events").cookie("highbar_token", token).exchange()
                .expectStatus().isOk().expectBody(String.class).isEqualTo("authorization=Bearer " + token);
        web.post().uri("/api/sessions").cookie("highbar_token", token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void signingOutExpiresTheCookie() {
        ResponseCookie cookie = web.post().uri("/api/auth/signout").exchange().expectStatus().isNoContent()
                .returnResult(Void.class).getResponseCookies().getFirst("highbar_token");
        assertThat(cookie.getValue()).isEmpty();
        assertThat(cookie.getMaxAge()).isZero();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/api");
    }

    @Test
    void adminApisNeedTheAdminRole() {
        web.get().uri("/api/admin/scoring/workers").header(HttpHeaders.AUTHORIZATION, "Bearer " + token("interviewer"))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/admin/scoring/workers").header(HttpHeaders.AUTHORIZATION, "Bearer " + token("admin"))
                .exchange().expectStatus().isOk();
    }

    @Test
    void tooManyAttemptsForOneUsernameAre429WithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            signIn("mallory", "guess-" + i).expectStatus().isUnauthorized();
        }
        signIn("mallory", "guess-5").expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private String token(String username) {
        return signIn(username, username + "-local").expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody().get("access_token").toString();
    }

    private WebTestClient.ResponseSpec signIn(String username, String password) {
        return web.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password)).exchange();
    }
}
