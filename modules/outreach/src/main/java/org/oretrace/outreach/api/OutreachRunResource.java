package org.oretrace.outreach.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oretrace.outreach.application.OutreachRun;

@Path("outreach/run")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class OutreachRunResource {

    @Inject
    OutreachRun run;

    @POST
    @RolesAllowed("ADMIN")
    @Operation(summary = "Run the follow-up policy and the outbox sender now",
            description = "The timer does this every minute; this is for operators and tests. Safe to call on several nodes at once.")
    public OutreachRun.Result runNow() {
        return run.now();
    }
}
