package io.highbar.gateway.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and token checks at the gateway.
 *
 * @param issuer        the {@code iss} of the tokens this gateway issues, and the one it accepts
 * @param jwksUri       where to fetch the keys of an external issuer; blank: trust this gateway's own signing key
 * @param keyFile       where the signing key (a JWK with its private part) is kept; blank: a new key per start
 * @param tokenTtl      how long an issued token is valid
 * @param cookieName    the HttpOnly cookie that carries the token for clients that cannot send headers (EventSource)
 * @param cookieSecure  mark the cookie {@code Secure} (on wherever the gateway is served over HTTPS)
 * @param localAccounts the built-in accounts, for the local run and tests only
 * @param signInLimits  sign-in attempts allowed per username and per client address
 */
@ConfigurationProperties("highbar.auth")
public record AuthProperties(
        String issuer,
        String jwksUri,
        String keyFile,
        @DefaultValue("1h") Duration tokenTtl,
        @DefaultValue("highbar_token") String cookieName,
        @DefaultValue("false") boolean cookieSecure,
        @DefaultValue LocalAccounts localAccounts,
        @DefaultValue SignInLimits signInLimits) {

    public record LocalAccounts(@DefaultValue("false") boolean enabled) {
    }

    public record SignInLimits(@DefaultValue Rate perUsername, @DefaultValue Rate perAddress) {
    }

    public record Rate(@DefaultValue("10") int capacity, @DefaultValue("1m") Duration period) {
    }
}
