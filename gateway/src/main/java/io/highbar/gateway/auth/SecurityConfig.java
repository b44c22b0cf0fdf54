package io.highbar.gateway.auth;

import io.highbar.security.ResourceServer;
import io.highbar.security.VerifiedTokens;
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
        return ResourceServer.configure(http, jwtDecoder, exchanges -> exchanges
                        .pathMatchers(HttpMethod.POST, "/api/auth/token", "/api/auth/signout").permitAll()
                        .pathMatchers(HttpMethod.GET, "/.well-known/jwks.json").permitAll()
                        .pathMatchers(HttpMethod.GET, WebUi.PUBLIC_PATHS).permitAll()
                        .pathMatchers("/api/admin/**").hasRole("ADMIN"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(WebUi.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
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
                : ResourceServer.jwkSetDecoder(properties.jwksUri(), ResourceServer.JWKS_TIMEOUT);
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
        return new VerifiedTokens(decoder);
    }

}
