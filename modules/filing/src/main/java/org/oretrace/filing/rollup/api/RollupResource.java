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
import org.oretrace.filing.api.YearRequests;
import org.oretrace.filing.rollup.application.RollupService;
import org.oretrace.filing.rollup.domain.CompanyCmrt;
import org.oretrace.kernel.cmrt.RmiTemplate;


/**
 * Our own CMRT and EMRT, the same endpoints for both: {@code /api/rollups/{year}/cmrt...} and
 * {@code /api/rollups/{year}/emrt...}. Each path is spelled out (the API description and the authorization matrix name
 * every operation); each pair runs the same code with its kind.
 */
@Path("rollups")
@RequestScoped
@Tag(name = "Our CMRT and EMRT", description = "Our own CMRT and EMRT rolled up from the year's accepted declarations, "
        + "versioned like filings")
public class RollupResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RollupService rollups;

    private static final String GET_DESCRIPTION = "A draft's answers are rolled up from the current data with the overrides "
            + "applied; a final version shows the answers it wrote.";
    private static final String GENERATE_DESCRIPTION = "Starts version 1, or the next version when the current one is final "
            + "(our EMRT's version 1 starts from our CMRT's scope and addresses). 400 with the reason when no blank of the "
            + "template was uploaded, the year has no filing workspace (its cover page gives our company information), an "
            + "address the template requires is missing, or an override left a required answer empty.";

    @GET
    @Path("{year}/cmrt")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("VIEWER")
    @Operation(summary = "Our CMRT of the year: answers with their rules and declarations, choices, versions",
            description = GET_DESCRIPTION)
    public RollupJson.CmrtJson get(@PathParam("year") int year) {
        return get(year, RmiTemplate.CMRT);
    }

    @GET
    @Path("{year}/emrt")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("VIEWER")
    @Operation(summary = "Our EMRT of the year: answers per mineral with their rules and declarations, choices, versions",
            description = GET_DESCRIPTION)
    public RollupJson.CmrtJson getEmrt(@PathParam("year") int year) {
        return get(year, RmiTemplate.EMRT);
    }

    private RollupJson.CmrtJson get(int year, RmiTemplate kind) {
        YearRequests.requireYear(year);
        CompanyCmrt current = rollups.current(year, kind).orElse(null);
        return RollupJson.of(kind.name(), year, current, rollups.review(year, kind), rollups.versions(year, kind));
    }

    @POST
    @Path("{year}/cmrt")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Generate the current draft into the newest blank CMRT an administrator uploaded",
            description = GENERATE_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "the version generated")
    public RollupJson.VersionJson generate(@PathParam("year") int year) {
        return generate(year, RmiTemplate.CMRT);
    }

    @POST
    @Path("{year}/emrt")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Generate the current draft into the newest blank EMRT (2.x) an administrator uploaded",
            description = GENERATE_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "the version generated")
    public RollupJson.VersionJson generateEmrt(@PathParam("year") int year) {
        return generate(year, RmiTemplate.EMRT);
    }

    private RollupJson.VersionJson generate(int year, RmiTemplate kind) {
        YearRequests.requireYear(year);
        return RollupJson.VersionJson.of(rollups.generate(year, kind));
    }

    @GET
    @Path("{year}/cmrt.xlsx")
    @Produces(XLSX)
    @RolesAllowed("VIEWER")
    @Operation(summary = "Download our CMRT (the current version, or ?version=N)", description = "Header X-Content-SHA256.")
    @APIResponse(responseCode = "404", description = "nothing generated for the year (or that version)")
    public Response download(@PathParam("year") int year, @QueryParam("version") Integer version) {
        return download(year, RmiTemplate.CMRT, version);
    }

    @GET
    @Path("{year}/emrt.xlsx")
    @Produces(XLSX)
    @RolesAllowed("VIEWER")
    @Operation(summary = "Download our EMRT (the current version, or ?version=N)", description = "Header X-Content-SHA256.")
    @APIResponse(responseCode = "404", description = "nothing generated for the year (or that version)")
    public Response downloadEmrt(@PathParam("year") int year, @QueryParam("version") Integer version) {
        return download(year, RmiTemplate.EMRT, version);
    }

    private Response download(int year, RmiTemplate kind, Integer version) {
        YearRequests.requireYear(year);
        CompanyCmrt c = (version == null ? rollups.current(year, kind) : rollups.version(year, kind, version))
                .filter(x -> x.getContent() != null)
                .orElseThrow(() -> new NotFoundException("No " + kind.name() + " generated for " + year
                        + (version == null ? "" : " version " + version)));
        return YearRequests.attachment(c.getContent(), XLSX, fileName(c), c.getSha256());
    }

    public static String fileName(CompanyCmrt c) {
        return c.getKind().name() + "-" + c.getReportingYear() + "-v" + c.getVersion() + (c.isFinal() ? "" : "-draft")
                + ".xlsx";
    }

    @PUT
    @Path("{year}/cmrt/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Our CMRT's scope (company or product list), products, the addresses the cover page lacks, our policy's address")
    public RollupJson.VersionJson settings(@PathParam("year") int year, RollupJson.Settings s) {
        return settings(year, RmiTemplate.CMRT, s);
    }

    @PUT
    @Path("{year}/emrt/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Our EMRT's scope, products, addresses and policy address (version 1 starts from our CMRT's)")
    public RollupJson.VersionJson settingsEmrt(@PathParam("year") int year, RollupJson.Settings s) {
        return settings(year, RmiTemplate.EMRT, s);
    }

    private RollupJson.VersionJson settings(int year, RmiTemplate kind, RollupJson.Settings s) {
        YearRequests.requireYear(year);
        if (s == null) {
            throw new BadRequestException("A JSON body is required");
        }
        if (s.products() != null && s.products().size() > 5000) {
            throw new BadRequestException("At most 5,000 products");
        }
        String products = s.products() == null ? null : String.join("\n", s.products());
        return RollupJson.VersionJson.of(rollups.choose(year, kind, Boolean.TRUE.equals(s.productLevel()),
                s.scopeDescription(), products, s.contactEmail(), s.authorizerEmail(), s.authorizerPhone(), s.policyUrl()));
    }

    @PUT
    @Path("{year}/cmrt/overrides/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Override an answer of our CMRT with a reason (key 1.TIN ... 8.GOLD, or A ... H)")
    public RollupJson.VersionJson override(@PathParam("year") int year, @PathParam("key") String key,
                                           RollupJson.OverrideBody body) {
        return override(year, RmiTemplate.CMRT, key, body);
    }

    @PUT
    @Path("{year}/emrt/overrides/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Override an answer of our EMRT with a reason (key 1.COBALT ... 7.NICKEL, C.COBALT ... C.NICKEL, "
            + "or A, B, D ... G)")
    public RollupJson.VersionJson overrideEmrt(@PathParam("year") int year, @PathParam("key") String key,
                                               RollupJson.OverrideBody body) {
        return override(year, RmiTemplate.EMRT, key, body);
    }

    private RollupJson.VersionJson override(int year, RmiTemplate kind, String key, RollupJson.OverrideBody body) {
        YearRequests.requireYear(year);
        if (body == null) {
            throw new BadRequestException("A JSON body {answer, reason} is required");
        }
        return RollupJson.VersionJson.of(rollups.override(year, kind, key, body.answer(), body.reason()));
    }

    @DELETE
    @Path("{year}/cmrt/overrides/{key}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Return an answer of our CMRT to the roll-up's")
    public RollupJson.VersionJson removeOverride(@PathParam("year") int year, @PathParam("key") String key) {
        YearRequests.requireYear(year);
        return RollupJson.VersionJson.of(rollups.removeOverride(year, RmiTemplate.CMRT, key));
    }

    @DELETE
    @Path("{year}/emrt/overrides/{key}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Return an answer of our EMRT to the roll-up's")
    public RollupJson.VersionJson removeOverrideEmrt(@PathParam("year") int year, @PathParam("key") String key) {
        YearRequests.requireYear(year);
        return RollupJson.VersionJson.of(rollups.removeOverride(year, RmiTemplate.EMRT, key));
    }

    @POST
    @Path("{year}/cmrt/finalize")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Freeze our generated CMRT draft (the next generation starts a new version)")
    public RollupJson.VersionJson finalizeVersion(@PathParam("year") int year) {
        YearRequests.requireYear(year);
        return RollupJson.VersionJson.of(rollups.finalizeVersion(year, RmiTemplate.CMRT));
    }

    @POST
    @Path("{year}/emrt/finalize")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Freeze our generated EMRT draft (the next generation starts a new version)")
    public RollupJson.VersionJson finalizeEmrt(@PathParam("year") int year) {
        YearRequests.requireYear(year);
        return RollupJson.VersionJson.of(rollups.finalizeVersion(year, RmiTemplate.EMRT));
    }
}
