package org.oretrace.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oretrace.app.security.RequestOrigin;

/**
 * The security headers of every response (the filter sets them, and the authentication mechanism for
 * the responses it decides itself, which no filter sees).
 *
 * <p>Content-Security-Policy: on Faces pages PrimeFaces adds a second policy,
 * {@code script-src 'self' 'nonce-...'} with a per-response nonce ({@code primefaces.CSP} in web.xml;
 * PrimeFaces 15 moves inline event handlers into nonce'd scripts and evaluates the scripts of ajax
 * updates through nonce'd script elements, {@code PrimeFaces.csp.eval}). Browsers enforce both
 * policies, so a script runs only if both allow it. Neither allows {@code unsafe-eval} (Oretrace uses
 * no component that needs it; {@code ui:debug}, which would, is never used). What remains and why:
 * {@code script-src 'unsafe-inline'} here, because this policy cannot carry PrimeFaces' nonce and
 * must let its nonce'd inline scripts through (PrimeFaces' policy still refuses every inline script
 * without the nonce); {@code style-src 'unsafe-inline'}, because PrimeFaces sets inline styles
 * (overlay and dialog positions, chart canvas sizes) and style attributes cannot carry a nonce.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Inject
    RequestOrigin origin;

    @Inject
    @ConfigProperty(name = "oretrace.security.hsts-max-age-seconds", defaultValue = "31536000")
    long hstsMaxAge;

    public void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (hstsMaxAge > 0 && origin.isHttps(request)) {
            // browsers honour HSTS only from an HTTPS response; sent on plain HTTP it would mean nothing
            response.setHeader("Strict-Transport-Security", "max-age=" + hstsMaxAge);
        }
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
