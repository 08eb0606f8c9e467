package org.oretrace.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.oretrace.app.users.UserAccounts;
import org.oretrace.app.web.SecurityHeadersFilter;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * One mechanism for both ways in: people sign in on the login page (a session remembers them),
 * scripts send {@code Authorization: Bearer <token>} with every call (no session). Jakarta Security 3
 * allows a single mechanism per application, hence the two in one class.
 *
 * <p>Unauthenticated calls to protected pages are sent to the login page; to {@code /api} they get 401.
 */
@ApplicationScoped
public class OretraceAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "oretrace.caller";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    UserAccounts accounts;

    /** What a session remembers about who signed in. */
    record SignedIn(String name, Set<String> groups) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // this runs before any filter: responses decided here need the headers too
        SecurityHeadersFilter.apply(request, response);
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            CredentialValidationResult result = identityStores.validate(new ApiTokenCredential(authorization.substring(7).strip()));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(response, context, "invalid or revoked API token");
        }

        Credential credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                // the login page tells the person what went wrong; no 401 page from the container
                return context.doNothing();
            }
            // a new session id on sign-in, so that a planted session cookie is worthless
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(SESSION_CALLER,
                    new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups()));
            return context.notifyContainerAboutLogin(result);
        }

        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SignedIn signedIn) {
            // checked on every request, so that disabling a user takes effect at once
            if (accounts.isActive(signedIn.name())) {
                return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
            }
            session.invalidate();
        }

        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(response, context, "sign in or send an API token");
        }
        return redirectToLogin(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context, String why) {
        try {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"oretrace\"");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"" + why + "\"}");
        } catch (IOException ignored) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
        String login = request.getContextPath() + LOGIN_PAGE + (isWorthReturningTo(target)
                ? "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8) : "");
        try {
            if (ajax) {
                // an expired session during an ajax call: tell PrimeFaces to go to the login page
                response.setContentType("text/xml");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login.replace("&", "&amp;") + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            }
        } catch (IOException ignored) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.redirect(login);
    }

    private static boolean isWorthReturningTo(String target) {
        return target.startsWith("/") && !target.startsWith("//") && !target.startsWith(LOGIN_PAGE)
                && !target.startsWith("/jakarta.faces.resource");
    }
}
