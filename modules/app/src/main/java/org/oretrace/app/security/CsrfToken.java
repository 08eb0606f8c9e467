package org.oretrace.app.security;

import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The per-session secret a browser script must echo in {@code X-CSRF-Token} when it changes something
 * through {@code /api} with the session cookie. Another site can make the browser send the cookie, but
 * cannot read this value (it is only in our pages and in {@code GET /api/me}). Faces forms do not need
 * it: their server-side view state plays the same part.
 */
public final class CsrfToken {

    public static final String HEADER = "X-CSRF-Token";
    static final String SESSION_ATTRIBUTE = "oretrace.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {
    }

    /** The session's token, created on first use. */
    public static String of(HttpSession session) {
        synchronized (session) {
            Object token = session.getAttribute(SESSION_ATTRIBUTE);
            if (token instanceof String existing) {
                return existing;
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(SESSION_ATTRIBUTE, created);
            return created;
        }
    }

    /** Compared in constant time, so that the token cannot be guessed byte by byte. */
    static boolean matches(HttpSession session, String sent) {
        Object expected = session.getAttribute(SESSION_ATTRIBUTE);
        return expected instanceof String token && sent != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
