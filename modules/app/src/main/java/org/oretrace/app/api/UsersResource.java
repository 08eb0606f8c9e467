package org.oretrace.app.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oretrace.app.users.UserAccount;
import org.oretrace.app.users.ApiTokens;
import org.oretrace.app.users.UserAccounts;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Role;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** User administration for automated set-up (ADMIN only). */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Users")
public class UsersResource {

    /** {@code lockedUntil}: the latest end of a sign-in block of this account from some address (LoginThrottle), or null. */
    public record UserJson(String username, String displayName, String email, String role, boolean enabled,
                           Instant lockedUntil, Instant lastLoginAt) {
    }

    private UserJson json(UserAccount u) {
        return new UserJson(u.getUsername(), u.getDisplayName(), u.getEmail(), u.getRole().name(), u.isEnabled(),
                accounts.blockedUntil(u).orElse(null), u.getLastLoginAt());
    }

    public record NewUser(String username, String displayName, String email, String role, String password) {
    }

    public record UserChange(String displayName, String email, String role, Boolean enabled, String password) {
    }

    @Inject
    UserAccounts accounts;

    @Inject
    ApiTokens tokens;

    @GET
    @Operation(summary = "All users")
    public List<UserJson> list() {
        return accounts.all().stream().map(this::json).toList();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One user")
    public UserJson get(@PathParam("username") String username) {
        return json(find(username));
    }

    @POST
    @Operation(summary = "Create a user")
    public Response create(NewUser user) {
        if (user == null) {
            throw new BusinessRuleException("Send {username, displayName, email, role, password}");
        }
        UserAccount created = accounts.create(user.username(), user.displayName(), user.email(), role(user.role()), user.password());
        return Response.created(URI.create("api/admin/users/" + created.getUsername())).entity(json(created)).build();
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "Change a user's name, email, role, enabled flag or password")
    public UserJson update(@PathParam("username") String username, UserChange change) {
        UserAccount user = find(username);
        accounts.update(user.getId(), change.displayName() == null ? user.getDisplayName() : change.displayName(),
                change.email() == null ? user.getEmail() : change.email(),
                change.role() == null ? user.getRole() : role(change.role()));
        if (change.enabled() != null) {
            accounts.setEnabled(user.getId(), change.enabled());
        }
        if (change.password() != null) {
            accounts.resetPassword(user.getId(), change.password());
        }
        return json(find(username));
    }

    public record TokenRequest(String name) {
    }

    public record IssuedTokenJson(String name, String token, String prefix, Instant createdAt) {
    }

    @POST
    @Path("{username}/tokens")
    @Operation(summary = "Create an API token for a user (e.g. a service account); the token is in this answer only")
    public Response createToken(@PathParam("username") String username, TokenRequest request) {
        ApiTokens.IssuedToken issued = tokens.createTokenFor(username, request == null ? null : request.name());
        return Response.status(Response.Status.CREATED)
                .entity(new IssuedTokenJson(issued.token().getName(), issued.secret(), issued.token().getTokenPrefix(),
                        issued.token().getCreatedAt())).build();
    }

    private UserAccount find(String username) {
        return accounts.find(username).orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No user '" + username + "'"));
    }

    private static Role role(String text) {
        try {
            return Role.valueOf(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("Role must be one of ADMIN, COMPLIANCE, VIEWER");
        }
    }
}
