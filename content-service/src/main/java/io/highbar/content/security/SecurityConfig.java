package io.highbar.content.security;

import io.highbar.security.AuthProperties;
import io.highbar.security.ResourceServer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;

/** Reading the library needs a token; importing a card is for admins. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
@EnableConfigurationProperties(AuthProperties.class)
class SecurityConfig {

    @Bean
    SecurityWebFilterChain securityFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder) {
        return ResourceServer.filterChain(http, jwtDecoder, exchanges -> exchanges.pathMatchers(HttpMethod.PUT, "/api/competencies/**").hasRole("ADMIN"));
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(AuthProperties auth) {
        return ResourceServer.jwtDecoder(auth);
    }
}
