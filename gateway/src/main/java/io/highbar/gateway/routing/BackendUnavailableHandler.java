package io.highbar.gateway.routing;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * A backend that is down (connection refused, connect timeout) is answered at once with {@code 503} problem+json and
 * {@code Retry-After}, instead of a bare 500 or a hang: the request never reached it. One that closed the connection
 * before answering is {@code 502}, and one that did not answer within the response timeout {@code 504}: there the
 * request may have taken effect, and the problem says so.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BackendUnavailableHandler implements WebExceptionHandler {

    static final String RETRY_AFTER_SECONDS = "2";

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(ex);
        }
        if (causedBy(ex, ConnectException.class)) {
            return write(response, HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                    "The service behind " + exchange.getRequest().getPath().value() + " is not reachable right now; "
                            + "nothing was changed. Try again in a few seconds.");
        }
        if (causedBy(ex, PrematureCloseException.class)) {
            return write(response, HttpStatus.BAD_GATEWAY, "Bad gateway",
                    "The service behind " + exchange.getRequest().getPath().value() + " closed the connection before "
                            + "answering. Check whether your request took effect before sending it again.");
        }
        if (ex instanceof ResponseStatusException rse && rse.getStatusCode().value() == 504) {
            return write(response, HttpStatus.GATEWAY_TIMEOUT, "Gateway timeout",
                    "The service behind " + exchange.getRequest().getPath().value() + " did not answer in time. "
                            + "Check whether your request took effect before sending it again.");
        }
        return Mono.error(ex);
    }

    private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String title, String detail) {
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + json(detail) + "\"}";
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
