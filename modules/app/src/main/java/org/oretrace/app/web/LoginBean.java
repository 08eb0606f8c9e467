package org.oretrace.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oretrace.app.security.OretraceAuthenticationMechanism;
import org.oretrace.app.security.SafeRedirect;
import org.oretrace.kernel.time.ApplicationClock;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    ApplicationClock clock;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password)));
        // a refused sign-in on this public page comes back as "nothing done", which the container
        // reports as SUCCESS: only a caller principal proves that someone signed in
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SUCCESS && securityContext.getCallerPrincipal() != null) {
            external.redirect(external.getRequestContextPath() + safeNext());
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, whyNot(), null));
        }
        password = null;
    }

    private String whyNot() {
        Object blockedUntil = faces.getExternalContext().getRequestMap().get(OretraceAuthenticationMechanism.LOGIN_BLOCKED_UNTIL);
        if (blockedUntil instanceof Instant until) {
            long minutes = Math.max(1, Duration.between(clock.now(), until).toMinutes() + 1);
            return "Too many wrong passwords from this computer. Try again in " + minutes
                    + " minute(s), or ask an administrator to unlock the account.";
        }
        return "Wrong user name or password, or the account is disabled.";
    }

    /** Only our own pages: never an open redirect to another site (the rule is SafeRedirect's). */
    private String safeNext() {
        return SafeRedirect.orHome(next);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
