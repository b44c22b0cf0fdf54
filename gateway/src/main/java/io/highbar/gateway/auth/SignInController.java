package io.highbar.gateway.auth;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /api/auth/token} signs a local account in: the token comes back in the body and in an HttpOnly,
 * SameSite=Strict cookie (for EventSource, which cannot send headers). {@code GET /.well-known/jwks.json} publishes
 * the public key every service checks tokens against. {@code POST /api/auth/signout} expires the cookie.
 */
@RestController
class SignInController {

    record SignInRequest(String username, String password) {
    }

    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("token_type") String tokenType,
                         @JsonProperty("expires_in") long expiresIn) {
    }

    private final AuthProperties properties;
    private final Optional<LocalAccounts> accounts;
    private final TokenIssuer issuer;
    private final RSAKey key;
    private final RateLimiter perUsername;
    private final RateLimiter perAddress;

    SignInController(AuthProperties properties, Optional<LocalAccounts> accounts, TokenIssuer issuer, RSAKey key) {
        this.properties = properties;
        this.accounts = accounts;
        this.issuer = issuer;
        this.key = key;
        this.perUsername = new RateLimiter(properties.signInLimits().perUsername());
        this.perAddress = new RateLimiter(properties.signInLimits().perAddress());
    }

    @GetMapping("/.well-known/jwks.json")
    Map<String, Object> jwks() {
        return new JWKSet(key.toPublicJWK()).toJSONObject();
    }

    @PostMapping("/api/auth/token")
    Mono<ResponseEntity<?>> signIn(@RequestBody(required = false) SignInRequest request, ServerWebExchange exchange) {
        if (accounts.isEmpty()) {
            return Mono.just(problem(HttpStatus.NOT_FOUND, "Local sign-in is off",
                    "This gateway has no local accounts. Sign in with your organisation's identity provider."));
        }
        if (request == null || blank(request.username()) || blank(request.password())) {
            return Mono.just(problem(HttpStatus.BAD_REQUEST, "Invalid request",
                    "Send {\"username\": ..., \"password\": ...}."));
        }
        String username = request.username().trim();
        Optional<Duration> wait = perAddress.tryAcquire(address(exchange))
                .or(() -> perUsername.tryAcquire(username.toLowerCase(java.util.Locale.ROOT)));
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            ResponseEntity<ProblemDetail> tooMany = problem(HttpStatus.TOO_MANY_REQUESTS, "Too many sign-in attempts",
                    "Too many sign-in attempts. Try again in " + seconds + " s.");
            return Mono.just(ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(tooMany.getBody()));
        }
        return Mono.fromCallable(() -> accounts.get().authenticate(username, request.password()))
                .subscribeOn(Schedulers.boundedElastic())
                .map(account -> account.<ResponseEntity<?>>map(this::signedIn).orElseGet(() -> problem(
                        HttpStatus.UNAUTHORIZED, "Sign-in failed", "Wrong username or password.")));
    }

    /** Expires the cookie, so a shared browser keeps no way to watch the user's sessions after they sign out. */
    @PostMapping("/api/auth/signout")
    ResponseEntity<Void> signOut() {
        ResponseCookie expired = ResponseCookie.from(properties.cookieName(), "")
                .httpOnly(true).sameSite("Strict").secure(properties.cookieSecure()).path("/api")
                .maxAge(Duration.ZERO).build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, expired.toString()).build();
    }

    private ResponseEntity<TokenResponse> signedIn(LocalAccounts.Account account) {
        String token = issuer.issue(account);
        ResponseCookie cookie = ResponseCookie.from(properties.cookieName(), token)
                .httpOnly(true).sameSite("Strict").secure(properties.cookieSecure()).path("/api")
                .maxAge(properties.tokenTtl()).build();
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new TokenResponse(token, "Bearer", properties.tokenTtl().toSeconds()));
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
