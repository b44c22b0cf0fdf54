package io.highbar.gateway.auth;

import io.highbar.security.ResourceServer;
import io.highbar.security.SecurityProblems;
import io.highbar.gateway.ui.WebUi;

import java.time.Clock;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;

/**
 * The gateway signs local accounts in and checks every API call's token before routing it; the services check it
 * again themselves. With {@code highbar.auth.jwks-uri} set, tokens of that (external) issuer are trusted instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

    @Bean
    SecurityWebFilterChain securityFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/auth/token", "/api/auth/signout").permitAll()
                        .pathMatchers(HttpMethod.GET, "/.well-known/jwks.json").permitAll()
                        .pathMatchers(HttpMethod.GET, WebUi.PUBLIC_PATHS).permitAll()
                        .pathMatchers("/api/admin/**").hasRole("ADMIN")
                        .anyExchange().authenticated())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(WebUi.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(SecurityProblems.unauthorized())
                        .accessDeniedHandler(SecurityProblems.forbidden()))
                .oauth2ResourceServer(oauth -> oauth
                        .authenticationEntryPoint(SecurityProblems.unauthorized())
                        .accessDeniedHandler(SecurityProblems.forbidden())
                        .jwt(jwt -> jwt
                                .jwtDecoder(jwtDecoder)
                                .jwtAuthenticationConverter(ResourceServer::authentication)))
                .build();
    }

    @Bean
    RSAKey signingKey(AuthProperties properties) {
        return SigningKey.load(properties.keyFile());
    }

    @Bean
    TokenIssuer tokenIssuer(RSAKey signingKey, AuthProperties properties) {
        return new TokenIssuer(signingKey, properties, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnProperty(name = "highbar.auth.local-accounts.enabled", havingValue = "true")
    LocalAccounts localAccounts() {
        return new LocalAccounts();
    }

    @Bean
    @Order(CookieBearerFilter.ORDER)
    CookieBearerFilter cookieBearerFilter(AuthProperties properties) {
        return new CookieBearerFilter(properties.cookieName());
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(AuthProperties properties, RSAKey signingKey) throws JOSEException {
        NimbusReactiveJwtDecoder decoder = properties.jwksUri() == null || properties.jwksUri().isBlank()
                ? NimbusReactiveJwtDecoder.withPublicKey(signingKey.toRSAPublicKey()).build()
                : NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwksUri()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
        return decoder;
    }

}
