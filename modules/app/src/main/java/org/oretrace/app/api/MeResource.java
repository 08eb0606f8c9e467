package org.oretrace.app.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.CurrentUser;

import java.util.Arrays;
import java.util.List;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(String username, List<String> roles) {
    }

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "Who am I: the caller's user name and effective roles")
    public Me me() {
        return new Me(currentUser.name(), Arrays.stream(Role.values()).filter(currentUser::hasRole).map(Enum::name).toList());
    }
}
