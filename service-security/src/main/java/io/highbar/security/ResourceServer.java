package io.highbar.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

import io.netty.channel.ChannelOption;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * How every Highbar service checks tokens itself: an OAuth2 resource server where every API call needs a valid
 * RS256 JWT from the configured issuer, health stays open, the token's {@code roles} claim becomes {@code ROLE_*}
 * authorities, and refusals are problem+json. Each service adds only its own rules.
 */
public final class ResourceServer {

    /** How long a service waits for its issuer's keys (connect, then the response) before the request fails. */
    public static final Duration JWKS_TIMEOUT = Duration.ofSeconds(5);

    /** The issuer's keys are fetched again at most this often: for a key id not seen yet, or after a failure. */
    static final Duration JWKS_MIN_REFETCH = Duration.ofSeconds(10);

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
                        .authenticationFailureHandler(SecurityProblems.authenticationFailed())
                        .accessDeniedHandler(SecurityProblems.forbidden())
                        .jwt(jwt -> jwt
                                .jwtDecoder(jwtDecoder)
                                .jwtAuthenticationConverter(ResourceServer::authentication)));
    }

    public static ReactiveJwtDecoder jwtDecoder(AuthProperties auth) {
        NimbusReactiveJwtDecoder decoder = jwkSetDecoder(auth.jwksUri(), JWKS_TIMEOUT);
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(auth.issuer()));
        return new VerifiedTokens(decoder);
    }

    /**
     * A decoder whose keys come from {@code jwksUri}, fetched with a bounded wait (without one, a key server that
     * accepts the connection and never answers would hold every request with a new token until the client gave up)
     * and fetched again at most every {@link #JWKS_MIN_REFETCH} ({@link IssuerKeys}).
     */
    public static NimbusReactiveJwtDecoder jwkSetDecoder(String jwksUri, Duration timeout) {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeout.toMillis())
                .responseTimeout(timeout);
        WebClient client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
        IssuerKeys keys = new IssuerKeys(client, jwksUri, JWKS_MIN_REFETCH, Clock.systemUTC());
        return NimbusReactiveJwtDecoder.withJwkSource(keys::keysFor).jwsAlgorithm(SignatureAlgorithm.RS256).build();
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
