package io.highbar.content.api;

import io.highbar.content.ContentServiceTest;
import io.highbar.content.TestCards;
import io.highbar.infra.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class AccessTest extends ContentServiceTest {

    @Test
    void withoutATokenTheLibraryIs401ButHealthIsOpen() {
        WebTestClient anonymous = web.mutate().defaultHeaders(h -> h.remove(HttpHeaders.AUTHORIZATION)).build();
        anonymous.get().uri("/api/competencies").exchange().expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> org.assertj.core.api.Assertions.assertThat(d.toString())
                        .contains("Authorization: Bearer"));
        anonymous.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void aCandidateReadsTheLibrary() {
        withoutToken().get().uri("/api/competencies").header(HttpHeaders.AUTHORIZATION, bearer("candidate", "CANDIDATE"))
                .exchange().expectStatus().isOk();
    }

    @Test
    void aCandidateImportingACardIs403AndNothingIsStored() {
        String id = "access-test-card";
        withoutToken().put().uri("/api/competencies/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, bearer("candidate", "CANDIDATE"))
                .bodyValue(new String(TestCards.bytes(TestCards.withId(id, 1))))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/competencies/{id}", id).exchange().expectStatus().isNotFound();
    }

    @Test
    void tokensThatAreForgedExpiredUnsignedOrFromAnotherIssuerAre401() {
        TestIssuer issuer = TestIssuer.shared();
        try (TestIssuer stranger = TestIssuer.start()) {
            for (String token : new String[] {issuer.forgedToken("admin", "ADMIN"), issuer.expiredToken("admin", "ADMIN"),
                    issuer.unsignedToken("admin", "ADMIN"), stranger.token("admin", "ADMIN"), "not-a-jwt"}) {
                withoutToken().get().uri("/api/competencies").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                        .expectStatus().isUnauthorized()
                        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            }
        }
    }
}
