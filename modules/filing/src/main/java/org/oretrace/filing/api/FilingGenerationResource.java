package org.oretrace.filing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oretrace.filing.application.FilingGenerations;
import org.oretrace.filing.application.FilingGenerator;
import org.oretrace.filing.application.FilingService;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.FilingGeneration;

import java.util.List;

/** Generations of the documents of a year's current filing version, as the workspace's Generate button starts them. */
@Path("filings/{year}/generations")
@RequestScoped
@Tag(name = "Filings")
public class FilingGenerationResource {

    @Inject
    FilingService filings;

    @Inject
    FilingGenerator generator;

    @Inject
    FilingGenerations generations;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("VIEWER")
    @Operation(summary = "Generates the documents of the year's current version in the background, once across servers",
            description = "Form SD and Exhibit 1.01 as PDF and EDGAR HTML, the reading copy and the Excel working file. "
                    + "While a generation of the version runs on any server, answers that one (started false) instead of "
                    + "starting another. Poll GET .../generations/latest for its progress and documents.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = GenerationJson.class)))
    @APIResponse(responseCode = "404", description = "no filing for the year")
    public GenerationJson start(@PathParam("year") int year) {
        YearRequests.requireYear(year);
        Filing current = current(year);
        FilingGenerations.Claim claim = generator.start(current.getId());
        FilingGeneration g = generations.find(claim.generationId()).orElseThrow();
        return GenerationJson.of(g, year, current.getVersion(), claim.started(), List.of());
    }

    @GET
    @Path("latest")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("VIEWER")
    @Operation(summary = "The newest generation of the year's current version: its state, progress and documents")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = GenerationJson.class)))
    @APIResponse(responseCode = "404", description = "no filing for the year, or never generated")
    public GenerationJson latest(@PathParam("year") int year) {
        YearRequests.requireYear(year);
        Filing current = current(year);
        FilingGeneration g = generations.latest(current.getId())
                .orElseThrow(() -> new NotFoundException("The documents of " + year + " were never generated"));
        return GenerationJson.of(g, year, current.getVersion(), false, generations.files(g.getId()));
    }

    private Filing current(int year) {
        return filings.current(year).orElseThrow(() -> new NotFoundException("No filing for " + year
                + ": start one in the filing workspace"));
    }
}
