package org.oretrace.filing.rollup.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oretrace.filing.api.YearRequests;
import org.oretrace.filing.rollup.application.RollupService;
import org.oretrace.filing.rollup.domain.CompanyCmrt;
import org.oretrace.kernel.cmrt.RmiTemplate;

import java.util.Locale;

/**
 * Our own CMRT and EMRT, the same endpoints for both: {@code /api/rollups/{year}/cmrt...} and
 * {@code /api/rollups/{year}/emrt...}.
 */
@Path("rollups")
@RequestScoped
@Tag(name = "Our CMRT and EMRT", description = "Our own CMRT and EMRT rolled up from the year's accepted declarations, "
        + "versioned like filings")
public class RollupResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String KIND = "{kind: cmrt|emrt}";

    @Inject
    RollupService rollups;

    private static RmiTemplate kind(String path) {
        return RmiTemplate.valueOf(path.toUpperCase(Locale.ROOT));
    }

    @GET
    @Path("{year}/" + KIND)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("VIEWER")
    @Operation(summary = "Our CMRT or EMRT of the year: answers with their rules and declarations, choices, versions",
            description = "A draft's answers are rolled up from the current data with the overrides applied; a final version "
                    + "shows the answers it wrote.")
    public RollupJson.CmrtJson get(@PathParam("year") int year,
                                   @Parameter(description = "cmrt or emrt") @PathParam("kind") String kind) {
        YearRequests.requireYear(year);
        RmiTemplate k = kind(kind);
        CompanyCmrt current = rollups.current(year, k).orElse(null);
        return RollupJson.of(k.name(), year, current, rollups.review(year, k), rollups.versions(year, k));
    }

    @POST
    @Path("{year}/" + KIND)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Generate the current draft into the newest blank CMRT (or EMRT 2.x) an administrator uploaded",
            description = "Starts version 1, or the next version when the current one is final (our EMRT's version 1 "
                    + "starts from our CMRT's scope and addresses). 400 with the reason when no blank of the template was "
                    + "uploaded, the year has no filing workspace (its cover page gives our company information), an "
                    + "address the template requires is missing, or an override left a required answer empty.")
    @APIResponse(responseCode = "200", description = "the version generated")
    public RollupJson.VersionJson generate(@PathParam("year") int year, @PathParam("kind") String kind) {
        YearRequests.requireYear(year);
        return RollupJson.VersionJson.of(rollups.generate(year, kind(kind)));
    }

    @GET
    @Path("{year}/" + KIND + ".xlsx")
    @Produces(XLSX)
    @RolesAllowed("VIEWER")
    @Operation(summary = "Download our CMRT or EMRT (the current version, or ?version=N)",
            description = "Header X-Content-SHA256.")
    @APIResponse(responseCode = "404", description = "nothing generated for the year (or that version)")
    public Response download(@PathParam("year") int year, @PathParam("kind") String kind,
                             @QueryParam("version") Integer version) {
        YearRequests.requireYear(year);
        RmiTemplate k = kind(kind);
        CompanyCmrt c = (version == null ? rollups.current(year, k) : rollups.version(year, k, version))
                .filter(x -> x.getContent() != null)
                .orElseThrow(() -> new NotFoundException("No " + k.name() + " generated for " + year
                        + (version == null ? "" : " version " + version)));
        return YearRequests.attachment(c.getContent(), XLSX, fileName(c), c.getSha256());
    }

    public static String fileName(CompanyCmrt c) {
        return c.getKind().name() + "-" + c.getReportingYear() + "-v" + c.getVersion() + (c.isFinal() ? "" : "-draft")
                + ".xlsx";
    }

    @PUT
    @Path("{year}/" + KIND + "/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Scope (company or product list), products, the addresses the cover page lacks, our policy's address")
    public RollupJson.VersionJson settings(@PathParam("year") int year, @PathParam("kind") String kind, RollupJson.Settings s) {
        YearRequests.requireYear(year);
        if (s == null) {
            throw new BadRequestException("A JSON body is required");
        }
        if (s.products() != null && s.products().size() > 5000) {
            throw new BadRequestException("At most 5,000 products");
        }
        String products = s.products() == null ? null : String.join("\n", s.products());
        return RollupJson.VersionJson.of(rollups.choose(year, kind(kind), Boolean.TRUE.equals(s.productLevel()),
                s.scopeDescription(), products, s.contactEmail(), s.authorizerEmail(), s.authorizerPhone(), s.policyUrl()));
    }

    @PUT
    @Path("{year}/" + KIND + "/overrides/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Override an answer with a reason (CMRT key 1.TIN ... 8.GOLD or A ... H; EMRT key 1.COBALT ... "
            + "7.NICKEL, C.COBALT ... C.NICKEL, or A, B, D ... G)")
    public RollupJson.VersionJson override(@PathParam("year") int year, @PathParam("kind") String kind,
                                           @PathParam("key") String key, RollupJson.OverrideBody body) {
        YearRequests.requireYear(year);
        if (body == null) {
            throw new BadRequestException("A JSON body {answer, reason} is required");
        }
        return RollupJson.VersionJson.of(rollups.override(year, kind(kind), key, body.answer(), body.reason()));
    }

    @DELETE
    @Path("{year}/" + KIND + "/overrides/{key}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Return an answer to the roll-up's")
    public RollupJson.VersionJson removeOverride(@PathParam("year") int year, @PathParam("kind") String kind,
                                                 @PathParam("key") String key) {
        YearRequests.requireYear(year);
        return RollupJson.VersionJson.of(rollups.removeOverride(year, kind(kind), key));
    }

    @POST
    @Path("{year}/" + KIND + "/finalize")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Freeze the generated draft (the next generation starts a new version)")
    public RollupJson.VersionJson finalizeVersion(@PathParam("year") int year, @PathParam("kind") String kind) {
        YearRequests.requireYear(year);
        return RollupJson.VersionJson.of(rollups.finalizeVersion(year, kind(kind)));
    }
}
