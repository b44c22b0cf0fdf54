package io.highbar.security;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401, 403 and 503 from the security filters as {@code application/problem+json}, like every other error.
 *
 * <p>A refused request's body is read to its end and dropped before the answer goes out, up to
 * {@value #READ_AT_MOST} bytes; a longer one is answered at once with {@code Connection: close}. A client still
 * sending a body when the answer arrives races the server on one connection, and some clients hang or lose the
 * answer when it does (RFC 9112 section 9.6: read the body, or close the connection).
 */
public final class SecurityProblems {

    static final long READ_AT_MOST = 1L << 20;
    static final int RETRY_AFTER_SECONDS = 30;

    private SecurityProblems() {
    }

    public static ServerAuthenticationEntryPoint unauthorized() {
        return (exchange, e) -> e instanceof OAuth2AuthenticationException
                ? write(exchange, HttpStatus.UNAUTHORIZED, "Bearer error=\"invalid_token\"", "Invalid token",
                        "The token is not valid: expired, wrongly signed or from an issuer this service does not"
                                + " trust. Sign in again.")
                : write(exchange, HttpStatus.UNAUTHORIZED, "Bearer", "Sign-in required",
                        "Send Authorization: Bearer <token>. Get a token with POST /api/auth/token.");
    }

    /**
     * A token that could not be checked at all (the issuer's keys could not be fetched) is the service's failure,
     * not the caller's: 503 with a retry hint, so clients retry instead of signing the user out. Every other failed
     * authentication is a 401, as from {@link #unauthorized()}.
     */
    public static ServerAuthenticationFailureHandler authenticationFailed() {
        ServerAuthenticationEntryPoint unauthorized = unauthorized();
        return (filterExchange, e) -> {
            ServerWebExchange exchange = filterExchange.getExchange();
            if (!(e instanceof AuthenticationServiceException)) {
                return unauthorized.commence(exchange, e);
            }
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
            return write(exchange, HttpStatus.SERVICE_UNAVAILABLE, null, "Sign-in cannot be checked right now",
                    "This service could not fetch the keys of your token's issuer. Try again in a minute;"
                            + " your token is not the problem.");
        };
    }

    public static ServerAccessDeniedHandler forbidden() {
        return (exchange, e) -> write(exchange, HttpStatus.FORBIDDEN, null, "Not allowed",
                "Your role does not allow this.");
    }

    private static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String challenge, String title,
                                    String detail) {
        var response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (challenge != null) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        byte[] body = ("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8);
        return dropRequestBody(exchange)
                .then(Mono.defer(() -> response.writeWith(Mono.just(response.bufferFactory().wrap(body)))));
    }

    private static Mono<Void> dropRequestBody(ServerWebExchange exchange) {
        if (exchange.getRequest().getHeaders().getContentLength() > READ_AT_MOST) {
            exchange.getResponse().getHeaders().setConnection("close");
            return Mono.empty();
        }
        AtomicLong read = new AtomicLong();
        return exchange.getRequest().getBody()
                .map(buffer -> {
                    long total = read.addAndGet(buffer.readableByteCount());
                    DataBufferUtils.release(buffer);
                    return total;
                })
                .takeUntil(total -> total > READ_AT_MOST)
                // Already read by a handler that refused afterwards (a second read fails): nothing left to drop.
                .onErrorResume(e -> Mono.empty())
                .then(Mono.fromRunnable(() -> {
                    if (read.get() > READ_AT_MOST) {
                        exchange.getResponse().getHeaders().setConnection("close");
                    }
                }));
    }
}
