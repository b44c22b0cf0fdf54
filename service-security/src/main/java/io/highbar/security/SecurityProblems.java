package io.highbar.security;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 and 403 from the security filters as {@code application/problem+json}, like every other error.
 *
 * <p>A refused request's body is read to its end and dropped before the answer goes out, up to
 * {@value #READ_AT_MOST} bytes; a longer one is answered at once with {@code Connection: close}. A client still
 * sending a body when the answer arrives races the server on one connection, and some clients hang or lose the
 * answer when it does (RFC 9112 section 9.6: read the body, or close the connection).
 */
public final class SecurityProblems {

    static final long READ_AT_MOST = 1L << 20;

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
