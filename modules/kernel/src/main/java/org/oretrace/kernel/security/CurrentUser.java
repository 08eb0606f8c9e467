package org.oretrace.kernel.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.oretrace.kernel.Role;

import java.security.Principal;

/**
 * Who is acting. Timers and start-up work run without a caller; they act as "system".
 */
@RequestScoped
public class CurrentUser {

    public static final String SYSTEM = "system";

    @Inject
    SecurityContext securityContext;

    public String name() {
        if (SystemActor.current() != null) {
            return SystemActor.current();
        }
        Principal principal = principal();
        return principal == null ? SYSTEM : principal.getName();
    }

    public boolean isSignedIn() {
        return principal() != null;
    }

    public boolean hasRole(Role role) {
        if (SystemActor.current() != null) {
            return true;
        }
        try {
            // the identity store grants roles cumulatively (ADMIN includes COMPLIANCE includes VIEWER)
            return securityContext.isCallerInRole(role.name());
        } catch (RuntimeException | Error noCaller) {
            return false;
        }
    }

    public boolean canChange() {
        return hasRole(Role.COMPLIANCE);
    }

    private Principal principal() {
        try {
            return securityContext.getCallerPrincipal();
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }
}
