package io.highbar.content.api;

import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The access-control seam for admin endpoints (card import). Until identity arrives every caller is let through
 * ({@link OpenAdminAccess}); a later issue replaces that bean with one that errors with 401/403 for non-admins.
 */
public interface AdminAccess {

    /** Completes empty when the caller may administer cards, errors otherwise. */
    Mono<Void> requireAdmin(ServerWebExchange exchange);
}
