package io.highbar.content.api;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Only {@code ROLE_ADMIN} imports cards. The security filter chain already refuses others on
 * {@code PUT /api/competencies/**}; this check keeps the rule next to the use case should a route change.
 */
@Component
class RoleAdminAccess implements AdminAccess {

    @Override
    public Mono<Void> requireAdmin(ServerWebExchange exchange) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(RoleAdminAccess::isAdmin)
                .switchIfEmpty(Mono.error(() -> new AccessDeniedException("Importing cards needs the ADMIN role.")))
                .then();
    }

    private static boolean isAdmin(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }
}
