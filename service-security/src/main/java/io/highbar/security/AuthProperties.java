package io.highbar.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whom this service trusts: tokens must be signed by a key from {@code jwksUri} and carry {@code iss = issuer}.
 * Locally that is the gateway's sign-in; in production any OIDC issuer, by configuration alone.
 */
@ConfigurationProperties("highbar.auth")
public record AuthProperties(String jwksUri, String issuer) {
}
