package io.highbar.gateway.ui;

/**
 * The web UI's static files (under {@code classpath:/static}) are public; everything it shows comes from the API,
 * which stays behind the token check. The policy allows only this origin's own scripts and styles: no inline
 * script, no {@code eval}, no plug-ins, so text that slipped into the page as markup still could not run.
 */
public final class WebUi {

    public static final String[] PUBLIC_PATHS = {"/", "/index.html", "/app/**", "/webjars/**", "/favicon.svg"};

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private WebUi() {
    }
}
