package io.highbar.security;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 and 403 from the security filters as {@code application/problem+json}, like every other error. */
public final class SecurityProblems {

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
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
