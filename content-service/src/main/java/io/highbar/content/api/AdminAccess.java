package io.highbar.content.api;

import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The access-control seam for admin endpoints (card import): {@link RoleAdminAccess} lets only
 * {@code ROLE_ADMIN} through.
 */
public interface AdminAccess {

    /** Completes empty when the caller may administer cards, errors otherwise. */
    Mono<Void> requireAdmin(ServerWebExchange exchange);
}
