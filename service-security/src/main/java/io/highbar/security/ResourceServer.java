package io.highbar.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import reactor.core.publisher.Mono;

/**
 * How every Highbar service checks tokens itself: an OAuth2 resource server where every API call needs a valid
 * RS256 JWT from the configured issuer, health stays open, the token's {@code roles} claim becomes {@code ROLE_*}
 * authorities, and refusals are problem+json. Each service adds only its own rules.
 */
public final class ResourceServer {

    private ResourceServer() {
    }

    /** @param serviceRules rules of this service, applied before "everything else needs a token" */
    public static SecurityWebFilterChain filterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
                                                     Customizer<AuthorizeExchangeSpec> serviceRules) {
        return configure(http, jwtDecoder, serviceRules).build();
    }

    /** The same set-up, not yet built, for a service that adds more to it (the gateway's response headers). */
    public static ServerHttpSecurity configure(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
                                               Customizer<AuthorizeExchangeSpec> serviceRules) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
                    serviceRules.customize(exchanges);
                    exchanges.anyExchange().authenticated();
                })
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(SecurityProblems.unauthorized())
                        .accessDeniedHandler(SecurityProblems.forbidden()))
                .oauth2ResourceServer(oauth -> oauth
                        .authenticationEntryPoint(SecurityProblems.unauthorized())
                        .accessDeniedHandler(SecurityProblems.forbidden())
                        .jwt(jwt -> jwt
                                .jwtDecoder(jwtDecoder)
                                .jwtAuthenticationConverter(ResourceServer::authentication)));
    }

    public static ReactiveJwtDecoder jwtDecoder(AuthProperties auth) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(auth.jwksUri()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(auth.issuer()));
        return new VerifiedTokens(decoder);
    }

    /** The authentication a token stands for: its subject, with its {@code roles} as {@code ROLE_*}. */
    public static Mono<AbstractAuthenticationToken> authentication(Jwt jwt) {
        return Mono.just(new JwtAuthenticationToken(jwt, roles(jwt), jwt.getSubject()));
    }

    static Collection<GrantedAuthority> roles(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return roles == null ? List.of()
                : roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }
}
