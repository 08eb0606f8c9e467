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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oretrace.filing.rollup.application.RollupService;
import org.oretrace.filing.rollup.domain.CompanyCmrt;
import org.oretrace.filing.api.YearRequests;



@Path("rollups")
@RequestScoped
@Tag(name = "Our CMRT", description = "Our own CMRT rolled up from the year's accepted declarations, versioned like filings")
public class RollupResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RollupService rollups;

    @GET
    @Path("{year}/cmrt")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("VIEWER")
    @Operation(summary = "Our CMRT of the year: answers with their rules and declarations, choices, versions",
            description = "A draft's answers are rolled up from the current data with the overrides applied; a final version "
                    + "shows the answers it wrote.")
    public RollupJson.CmrtJson get(@PathParam("year") int year) {
        YearRequests.requireYear(year);
        CompanyCmrt current = rollups.current(year).orElse(null);
        return RollupJson.of(year, current, rollups.review(year), rollups.versions(year));
    }

    @POST
    @Path("{year}/cmrt")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Generate the current draft into the newest blank CMRT an administrator uploaded",
            description = "Starts version 1, or the next version when the current one is final. 400 with the reason when "
                    + "no blank CMRT was uploaded, the year has no filing workspace (its cover page gives our company "
                    + "information) or an address the template requires is missing.")
    @APIResponse(responseCode = "200", description = "the version generated")
    public RollupJson.VersionJson generate(@PathParam("year") int year) {
        YearRequests.requireYear(year);
        return RollupJson.VersionJson.of(rollups.generate(year));
    }

    @GET
    @Path("{year}/cmrt.xlsx")
    @Produces(XLSX)
    @RolesAllowed("VIEWER")
    @Operation(summary = "Download our CMRT (the current version, or ?version=N)", description = "Header X-Content-SHA256.")
    @APIResponse(responseCode = "404", description = "nothing generated for the year (or that version)")
    public Response download(@PathParam("year") int year, @QueryParam("version") Integer version) {
        YearRequests.requireYear(year);
        CompanyCmrt c = (version == null ? rollups.current(year) : rollups.version(year, version))
                .filter(x -> x.getContent() != null)
                .orElseThrow(() -> new NotFoundException("No CMRT generated for " + year + (version == null ? "" : " version " + version)));
        return YearRequests.attachment(c.getContent(), XLSX, fileName(c), c.getSha256());
    }

    public static String fileName(CompanyCmrt c) {
        return "CMRT-" + c.getReportingYear() + "-v" + c.getVersion() + (c.isFinal() ? "" : "-draft") + ".xlsx";
    }

    @PUT
    @Path("{year}/cmrt/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Scope (company or product list), products, the addresses the cover page lacks, our policy's address")
    public RollupJson.VersionJson settings(@PathParam("year") int year, RollupJson.Settings s) {
        YearRequests.requireYear(year);
        if (s == null) {
            throw new BadRequestException("A JSON body is required");
        }
        if (s.products() != null && s.products().size() > 5000) {
            throw new BadRequestException("At most 5,000 products");
        }
        String products = s.products() == null ? null : String.join("\n", s.products());
        return RollupJson.VersionJson.of(rollups.choose(year, Boolean.TRUE.equals(s.productLevel()), s.scopeDescription(),
                products, s.contactEmail(), s.authorizerEmail(), s.authorizerPhone(), s.policyUrl()));
    }

    @PUT
    @Path("{year}/cmrt/overrides/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Override an answer with a reason (key 1.TIN ... 8.GOLD, or A ... H)")
    public RollupJson.VersionJson override(@PathParam("year") int year, @PathParam("key") String key, RollupJson.OverrideBody body) {
        YearRequests.requireYear(year);
        if (body == null) {
            throw new BadRequestException("A JSON body {answer, reason} is required");
        }
        return RollupJson.VersionJson.of(rollups.override(year, key, body.answer(), body.reason()));
    }

    @DELETE
    @Path("{year}/cmrt/overrides/{key}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Return an answer to the roll-up's")
    public RollupJson.VersionJson removeOverride(@PathParam("year") int year, @PathParam("key") String key) {
        YearRequests.requireYear(year);
        return RollupJson.VersionJson.of(rollups.removeOverride(year, key));
    }

    @POST
    @Path("{year}/cmrt/finalize")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Freeze the generated draft (the next generation starts a new version)")
    public RollupJson.VersionJson finalizeVersion(@PathParam("year") int year) {
        YearRequests.requireYear(year);
        return RollupJson.VersionJson.of(rollups.finalizeVersion(year));
    }

}
