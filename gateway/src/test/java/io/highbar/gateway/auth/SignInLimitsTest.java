package io.highbar.gateway.auth;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "highbar.auth.local-accounts.enabled=true",
        "highbar.auth.sign-in-limits.per-address.capacity=3"})
@AutoConfigureWebTestClient
class SignInLimitsTest {

    @Autowired
    WebTestClient web;

    @Test
    void tooManyAttemptsFromOneAddressAre429WhateverTheUsername() {
        for (int i = 0; i < 3; i++) {
            signIn("user-" + i).expectStatus().isUnauthorized();
        }
        signIn("candidate").expectStatus().isEqualTo(429).expectHeader().exists(HttpHeaders.RETRY_AFTER);
    }

    private WebTestClient.ResponseSpec signIn(String username) {
        return web.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", "x")).exchange();
    }
}
