package io.highbar.gateway.auth;

import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Turns the sign-in cookie into {@code Authorization: Bearer} for the gateway's own check and for the backends, so
 * an EventSource (which cannot set headers) can watch a session and no token ever travels in a query string. Only
 * for GET: state-changing calls must send the header themselves, so a cookie alone never changes anything (no CSRF).
 */
class CookieBearerFilter implements WebFilter {

    /** Before Spring Security's filter chain (order -100). */
    static final int ORDER = -200;

    private final String cookieName;

    CookieBearerFilter(String cookieName) {
        this.cookieName = cookieName;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        HttpCookie cookie = request.getCookies().getFirst(cookieName);
        if (cookie == null || cookie.getValue().isBlank() || request.getMethod() != HttpMethod.GET
                || request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate()
                .request(r -> r.headers(h -> h.setBearerAuth(cookie.getValue())))
                .build());
    }
}
