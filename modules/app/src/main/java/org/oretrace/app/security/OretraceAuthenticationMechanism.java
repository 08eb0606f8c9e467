package org.oretrace.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.oretrace.app.users.UserAccount;
import org.oretrace.app.users.LoginThrottle;
import org.oretrace.app.users.UserAccounts;
import org.oretrace.app.web.SecurityHeaders;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * One mechanism for both ways in: people sign in on the login page (a session remembers them),
 * scripts send {@code Authorization: Bearer <token>} with every call (no session). Jakarta Security 3
 * allows a single mechanism per application, hence the two in one class.
 *
 * <p>Unauthenticated calls to protected pages are sent to the login page; to {@code /api} they get 401.
 * A session remembers only who signed in: the account's roles and enabled flag are read again on
 * every request, so that a demoted or disabled user loses their rights at once. A changing API call
 * that relies on the session cookie must come from our own pages (same origin) and carry the
 * session's {@link CsrfToken}; bearer-token calls cannot be forged by another site and need neither.
 */
@ApplicationScoped
public class OretraceAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "oretrace.caller";
    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute for the login page: sign-in not tried, blocked until this {@link Instant}. */
    public static final String LOGIN_BLOCKED_UNTIL = "oretrace.login.blocked-until";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    UserAccounts accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    RequestOrigin origin;

    @Inject
    SecurityHeaders headers;

    /** What a session remembers about who signed in: the name only, never the roles. */
    record SignedIn(String name) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // this runs before any filter: responses decided here need the headers too
        headers.apply(request, response);
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
            return signIn(request, context, credential);
        }

        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SignedIn signedIn) {
            // read on every request, so that demoting or disabling a user takes effect at once
            Optional<UserAccount> account = accounts.find(signedIn.name()).filter(UserAccount::isEnabled);
            if (account.isPresent()) {
                if (isApi(request) && changes(request) && !isFromOurPages(request, session)) {
                    return refuse(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                            "a changing API call with the session cookie needs the same origin and the "
                                    + CsrfToken.HEADER + " header from GET /api/me (scripts: use an API token)");
                }
                return context.notifyContainerAboutLogin(signedIn.name(), AccountIdentityStore.groupsOf(account.get()));
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

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        String name = credential instanceof UsernamePasswordCredential password ? password.getCaller() : "";
        String address = origin.clientAddress(request);
        Optional<Instant> blocked = throttle.blockedUntil(name, address);
        if (blocked.isPresent()) {
            // not even checked: guessing on while blocked gains nothing
            request.setAttribute(LOGIN_BLOCKED_UNTIL, blocked.get());
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            if (throttle.failed(name, address)) {
                accounts.recordSignInBlocked(name, address, throttle.lockMinutes());
            }
            throttle.blockedUntil(name, address).ifPresent(until -> request.setAttribute(LOGIN_BLOCKED_UNTIL, until));
            // the login page tells the person what went wrong; no 401 page from the container
            return context.doNothing();
        }
        throttle.succeeded(name, address);
        // a new session id on sign-in, so that a planted session cookie is worthless
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session = request.getSession();
        session.removeAttribute(CsrfToken.SESSION_ATTRIBUTE);
        session.setAttribute(SESSION_CALLER, new SignedIn(result.getCallerPrincipal().getName()));
        CsrfToken.of(session);
        return context.notifyContainerAboutLogin(result);
    }

    private static boolean changes(HttpServletRequest request) {
        return switch (request.getMethod()) {
            case "GET", "HEAD", "OPTIONS", "TRACE" -> false;
            default -> true;
        };
    }

    private boolean isFromOurPages(HttpServletRequest request, HttpSession session) {
        return origin.isSameOrigin(request) && CsrfToken.matches(session, request.getHeader(CsrfToken.HEADER));
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
        response.setHeader("WWW-Authenticate", "Bearer realm=\"oretrace\"");
        return refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", why);
    }

    /** An API refusal in the common error shape (ApiError); {@code why} is our own text, never the caller's. */
    private static AuthenticationStatus refuse(HttpServletResponse response, int status, String error, String why) {
        try {
            response.setStatus(status);
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\"" + why + "\"}");
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
        return SafeRedirect.isSafe(target) && !target.startsWith("/jakarta.faces.resource");
    }
}
