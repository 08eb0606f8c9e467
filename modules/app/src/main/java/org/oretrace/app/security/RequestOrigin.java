package org.oretrace.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Locale;

/**
 * Where a request comes from and how it reached us: the client's address (for login throttling),
 * whether it travelled over HTTPS (for HSTS), and whether a browser sent it from one of our own pages
 * (for the cross-site check on the API).
 *
 * <p>{@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed only with
 * {@code oretrace.security.behind-proxy=true}: without a proxy that overwrites them, any client could
 * claim another address (and escape its throttle) by sending them.
 */
@ApplicationScoped
public class RequestOrigin {

    @Inject
    @ConfigProperty(name = "oretrace.security.behind-proxy", defaultValue = "false")
    boolean behindProxy;

    @Inject
    @ConfigProperty(name = "oretrace.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The client's address: the remote address, or behind a trusted proxy the address it saw (last of X-Forwarded-For). */
    public String clientAddress(HttpServletRequest request) {
        if (behindProxy) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].strip();
                if (!last.isEmpty() && last.length() <= 64) {
                    return last;
                }
            }
        }
        return request.getRemoteAddr();
    }

    /** True when the browser talks HTTPS to us (directly, or to the trusted proxy in front of us). */
    public boolean isHttps(HttpServletRequest request) {
        return isHttps(request.isSecure(), request.getHeader("X-Forwarded-Proto"), behindProxy);
    }

    static boolean isHttps(boolean secureConnection, String forwardedProto, boolean trustProxy) {
        if (secureConnection) {
            return true;
        }
        return trustProxy && forwardedProto != null && "https".equals(forwardedProto.split(",")[0].strip().toLowerCase(Locale.ROOT));
    }

    /**
     * True when the browser says the request comes from a page of ours: the {@code Origin} header (or,
     * when a browser leaves it out, the {@code Referer}) names the configured base URL's origin or the
     * origin the request itself was addressed to. Neither header: false (browsers send Origin with
     * every cross-site POST, so a missing one is not a browser request from our pages).
     */
    public boolean isSameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            String referer = request.getHeader("Referer");
            origin = referer == null ? null : originOf(referer);
        }
        if (origin == null) {
            return false;
        }
        String normalized = originOf(origin);
        return normalized != null && (normalized.equals(originOf(baseUrl)) || normalized.equals(ownOrigin(request)));
    }

    private String ownOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null || host.isBlank()) {
            return null;
        }
        return originOf((isHttps(request) ? "https" : "http") + "://" + host.strip());
    }

    /** scheme://host[:port] in lower case, default ports left out; null if it is not an http(s) URL. */
    static String originOf(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null) {
                return null;
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
