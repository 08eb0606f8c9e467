package org.oretrace.app.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Session cookie attributes. {@code Secure} (sent only over HTTPS) follows
 * {@code oretrace.security.secure-cookies}: {@code auto} (default) sets it when {@code oretrace.base-url}
 * is an https address and otherwise leaves the container's own rule in force, which marks the cookie
 * Secure when the request that started the session came over HTTPS; {@code true}/{@code false} decide
 * explicitly (e.g. {@code true} behind a TLS-terminating proxy whose base URL is https). HttpOnly is in
 * web.xml; SameSite=Lax in glassfish-web.xml (Payara does not apply web.xml's cookie attribute).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookies.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        Optional<Boolean> secure = secure(config.getOptionalValue("oretrace.security.secure-cookies", String.class).orElse("auto"),
                config.getOptionalValue("oretrace.base-url", String.class).orElse("http://localhost:8080"));
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        secure.ifPresent(cookie::setSecure);
        cookie.setHttpOnly(true);
        LOG.info(() -> "Session cookie: " + secure.map(s -> s ? "Secure" : "never Secure").orElse("Secure when the session starts over HTTPS"));
    }

    /** True/false to set Secure, empty to leave it to the request's scheme. */
    static Optional<Boolean> secure(String setting, String baseUrl) {
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            case "auto" -> baseUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://") ? Optional.of(true) : Optional.empty();
            default -> throw new IllegalStateException("oretrace.security.secure-cookies must be auto, true or false, not '" + setting + "'");
        };
    }
}
