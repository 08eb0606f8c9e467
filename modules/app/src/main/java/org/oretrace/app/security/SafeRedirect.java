package org.oretrace.app.security;

/**
 * Where the login page may send someone after sign-in ({@code next}): only a path of our own site.
 * The one rule for both places that use it (the mechanism that builds {@code next}, the login page
 * that follows it), so that neither can become an open redirect.
 */
public final class SafeRedirect {

    static final int MAX_LENGTH = 2000;

    private SafeRedirect() {
    }

    /**
     * True for a same-site relative path: starts with one {@code /} (not {@code //}, which browsers read as
     * another host), no backslash (browsers turn {@code /\} into {@code //}), no control or whitespace
     * characters (header splitting, and browsers strip tabs/newlines so {@code /\t/evil} becomes
     * {@code //evil}), not the login page itself, and of bounded length.
     */
    public static boolean isSafe(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/') {
            return false;
        }
        if (path.startsWith("//") || path.startsWith(OretraceAuthenticationMechanism.LOGIN_PAGE)) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** The path itself when safe, otherwise the home page. */
    public static String orHome(String path) {
        return isSafe(path) ? path : "/index.xhtml";
    }
}
