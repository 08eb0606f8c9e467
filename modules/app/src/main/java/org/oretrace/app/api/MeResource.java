package org.oretrace.app.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.oretrace.app.security.CsrfToken;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.CurrentUser;

import java.util.Arrays;
import java.util.List;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** {@code csrfToken}: for a browser signed in with the session cookie, the value to send as X-CSRF-Token with changing calls; null for API tokens. */
    public record Me(String username, List<String> roles, String csrfToken) {
    }

    @Context
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "Who am I: the caller's user name, effective roles and, when signed in by the session cookie, the CSRF token for changing calls")
    public Me me() {
        HttpSession session = request.getSession(false);
        boolean bySession = session != null && request.getHeader("Authorization") == null;
        return new Me(currentUser.name(), Arrays.stream(Role.values()).filter(currentUser::hasRole).map(Enum::name).toList(),
                bySession ? CsrfToken.of(session) : null);
    }
}
