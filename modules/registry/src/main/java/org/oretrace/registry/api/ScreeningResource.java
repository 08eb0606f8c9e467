package org.oretrace.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.registry.application.SanctionsService;
import org.oretrace.registry.application.ScreeningRuns;
import org.oretrace.registry.application.ScreeningRun;
import org.oretrace.registry.application.SmelterScreenings;
import org.oretrace.registry.domain.HitStatus;

import java.util.List;
import java.util.Locale;

/** Sanctions screening hits and their review. */
@Path("screening")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_NAME)
@Tag(name = "Sanctions screening")
public class ScreeningResource {

    /** A decision on a hit; a dismissal needs a reason. */
    public record Decision(String reason) {
    }

    @Inject
    SanctionsService sanctions;

    @Inject
    ScreeningRuns runs;

    @Inject
    SmelterScreenings screenings;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("hits")
    @Operation(summary = "Screening hits (both names, score, SDN entry number and program); status open, confirmed or dismissed, all when omitted")
    public List<SmelterJson.Hit> hits(@QueryParam("status") String status) {
        HitStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = HitStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("status is open, confirmed or dismissed");
            }
        }
        return sanctions.hits(s).stream().map(SmelterJson.Hit::of).toList();
    }

    @POST
    @Path("hits/{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.COMPLIANCE_NAME)
    @Operation(summary = "Confirm a hit as a true match: the smelter is flagged as sanctioned everywhere")
    public SmelterJson.Hit confirm(@PathParam("id") long id, Decision decision) {
        return SmelterJson.Hit.of(sanctions.confirm(id, decision == null ? null : decision.reason()));
    }

    @POST
    @Path("hits/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.COMPLIANCE_NAME)
    @Operation(summary = "Dismiss a hit as a different party, with a reason")
    public SmelterJson.Hit dismiss(@PathParam("id") long id, Decision decision) {
        return SmelterJson.Hit.of(sanctions.dismiss(id, decision == null ? null : decision.reason()));
    }

    @GET
    @Path("runs")
    @Operation(summary = "The newest screenings of all smelters, newest first (any server's): state RUNNING with done/total, "
            + "FINISHED with the counts, FAILED or ABANDONED with a message")
    public List<SmelterJson.Run> runs(@QueryParam("max") @DefaultValue("20") int max) {
        return runs.recent(Math.min(Math.max(1, max), 200)).stream().map(SmelterJson.Run::of).toList();
    }

    @GET
    @Path("runs/{id}")
    @Operation(summary = "One screening of all smelters (any server's), e.g. the one an SDN list import started: state RUNNING "
            + "with done/total, FINISHED with names, hits, new and open hits, FAILED or ABANDONED with the reason in 'message'")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SmelterJson.Run.class)))
    @APIResponse(responseCode = "404", description = "No screening with this id")
    public SmelterJson.Run run(@PathParam("id") long id) {
        return runs.find(id).map(SmelterJson.Run::of).orElseThrow(() -> new NotFoundException("No screening " + id));
    }

    @POST
    @Path("run")
    @RolesAllowed(Role.COMPLIANCE_NAME)
    @Operation(summary = "Screen every smelter against the newest SDN list again; answers when done",
            description = "Refused (400) while another screening runs on any server; GET /screening/runs shows its progress.")
    public ScreeningRun rescreen() {
        return screenings.rescreen(currentUser.name())
                .orElseThrow(() -> new BadRequestException("No SDN list imported yet: POST one to /api/sanctions/lists"));
    }
}
