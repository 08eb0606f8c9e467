package org.oretrace.app.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Locale;
import java.util.logging.Logger;

/**
 * Marks the session cookie {@code Secure} (sent only over HTTPS) according to
 * {@code oretrace.security.secure-cookies}: {@code auto} (default) when {@code oretrace.base-url} is an
 * https address, or {@code true}/{@code false}. A servlet container fixes cookie settings at start-up,
 * hence one decision per deployment rather than per request. HttpOnly and SameSite=Lax are in web.xml.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookies.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        boolean secure = secure(config.getOptionalValue("oretrace.security.secure-cookies", String.class).orElse("auto"),
                config.getOptionalValue("oretrace.base-url", String.class).orElse("http://localhost:8080"));
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
        LOG.info(() -> "Session cookie " + (secure ? "Secure (HTTPS only)" : "not Secure (oretrace.base-url is http)"));
    }

    static boolean secure(String setting, String baseUrl) {
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            case "auto" -> baseUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://");
            default -> throw new IllegalStateException("oretrace.security.secure-cookies must be auto, true or false, not '" + setting + "'");
        };
    }
}
