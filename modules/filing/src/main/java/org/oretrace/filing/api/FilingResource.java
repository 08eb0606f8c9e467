package org.oretrace.filing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oretrace.filing.application.DocumentKind;
import org.oretrace.filing.application.FilingService;
import org.oretrace.filing.application.FilingWork;
import org.oretrace.filing.application.YearComparison;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.Narrative;
import org.oretrace.filing.infrastructure.EdgarHtmlChecker;

import java.util.List;


@Path("filings")
@RequestScoped
@Tag(name = "Filings", description = "Form SD with the Conflict Minerals Report: facts, Annex A and documents per reporting year")
public class FilingResource {

    /** A section's column holds 100,000 characters. */
    private static final int MAX_SECTION = 100_000;

    @Inject
    FilingService filings;

    @Inject
    YearComparison years;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("VIEWER")
    @Operation(summary = "The latest version of every year's filing")
    public List<FilingJson.FilingSummary> list() {
        return filings.latestPerYear().stream().map(FilingJson.FilingSummary::of).toList();
    }

    @GET
    @Path("years")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("VIEWER")
    @Operation(summary = "Every reporting year with a filing, compared: newest year first",
            description = "Per year the figures of its newest final version, frozen at finalization (status FINAL), or "
                    + "of its draft computed from the current data (status DRAFT, draft true): suppliers solicited, "
                    + "responses and response rate, declarations accepted, smelters identified (total and per metal), "
                    + "RMAP conformant / active / other and the conformant share, smelters in covered countries, "
                    + "sanctioned smelters, suppliers reporting covered-country sourcing. Null when the facts lack a figure.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = YearJson.class)))
    public List<YearJson> years() {
        return years.rows().stream().map(YearJson::of).toList();
    }

    @GET
    @Path("{year}/facts")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("VIEWER")
    @Operation(summary = "The facts the year's report states",
            description = "Frozen values when the year's filing is final, otherwise computed from the current data; "
                    + "each fact has a link to the records behind it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FilingJson.FactsJson.class)))
    public FilingJson.FactsJson facts(@Parameter(description = "reporting year, e.g. 2023") @PathParam("year") int year) {
        YearRequests.requireYear(year);
        boolean frozen = filings.current(year).map(Filing::isFinal).orElse(false);
        return FilingJson.FactsJson.of(filings.facts(year), frozen, frozen || filings.sourcesConnected());
    }

    @GET
    @Path("{year}/annex-a")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed("VIEWER")
    @Operation(summary = "Annex A: one row per smelter, sorted by metal, country and name",
            description = "Send Accept: text/csv for CSV. Follows the filing's options (RMAP status, unresolved names); "
                    + "unresolved names have no smelterId. The CSV is laid out as the report's Annex A: the as-of line, a blank "
                    + "line, the header (rmapStatus only when the filing shows it) and the smelters; the unresolved names under "
                    + "their own heading when listed; the footnotes last. Column footnotes holds each row's markers: * "
                    + "unresolved, (1) sanctioned, (2) covered country.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FilingJson.AnnexRow.class)),
            @Content(mediaType = "text/csv")})
    public Response annexA(@PathParam("year") int year, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        YearRequests.requireYear(year);
        // one operation for both representations: OpenAPI cannot describe two GETs on one path
        boolean csv = headers.getAcceptableMediaTypes().stream()
                .anyMatch(t -> "text".equals(t.getType()) && "csv".equals(t.getSubtype()));
        if (csv) {
            return YearRequests.attachment(AnnexCsv.write(filings.annexExport(year)), "text/csv; charset=UTF-8",
                    "annex-a-" + year + ".csv", null);
        }
        List<FilingJson.AnnexRow> rows = filings.annexA(year).rows().stream().map(FilingJson.AnnexRow::of).toList();
        return Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{year}/documents/{name}")
    @RolesAllowed("VIEWER")
    @Operation(summary = "A document of the year's current filing version",
            description = "form-sd.htm (EDGAR primary document: Form SD), ex1-01.htm (EDGAR Exhibit 1.01 with Annex A), "
                    + "form-sd.html (both in one reading copy), form-sd.pdf (Form SD, its exhibit index naming ex1-01.pdf), ex1-01.pdf "
                    + "(Exhibit 1.01 with Annex A) or smelters.xlsx (working file, sheet Annex A as the report states it). A finalized filing "
                    + "returns the stored bytes (see the X-Content-SHA256 header); a draft is rendered from current data.")
    @APIResponse(responseCode = "200", description = "the document")
    @APIResponse(responseCode = "404", description = "no filing for the year, or an unknown document name")
    public Response document(@PathParam("year") int year, @PathParam("name") String name) {
        YearRequests.requireYear(year);
        DocumentKind kind = DocumentKind.byFileName(name).orElseThrow(() -> new NotFoundException(
                "Unknown document " + name + ": use form-sd.htm, ex1-01.htm, form-sd.html, form-sd.pdf, ex1-01.pdf or smelters.xlsx"));
        FilingWork.GeneratedDocument doc = filings.document(year, kind).orElseThrow(() -> noFiling(year));
        return YearRequests.attachment(doc.content(), kind.contentType(), kind.fileName(), doc.sha256());
    }

    @GET
    @Path("{year}/submission.zip")
    @Produces("application/zip")
    @RolesAllowed("VIEWER")
    @Operation(summary = "The EDGAR submission set of the year's current version as a zip",
            description = "form-sd.htm (primary document, its exhibit index linking ex1-01.htm), ex1-01.htm (Exhibit 1.01 "
                    + "with Annex A) and their PDF pair form-sd.pdf and ex1-01.pdf, with MANIFEST.txt listing each file's SHA-256 (sha256sum format). "
                    + "A final version zips its stored documents.")
    public Response submission(@PathParam("year") int year) {
        YearRequests.requireYear(year);
        byte[] zip = filings.submission(year).orElseThrow(() -> noFiling(year));
        return YearRequests.attachment(zip, "application/zip", "form-sd-" + year + ".zip", null);
    }

    @GET
    @Path("{year}/edgar-check")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("VIEWER")
    @Operation(summary = "Checks the year's EDGAR HTML against the EDGAR Filer Manual's rules and lists every violation")
    public FilingJson.EdgarCheck edgarCheck(@PathParam("year") int year,
            @Parameter(description = "form-sd.html (default), form-sd.htm or ex1-01.htm") @QueryParam("document") String document) {
        YearRequests.requireYear(year);
        DocumentKind kind = document == null || document.isBlank() ? DocumentKind.EDGAR_HTML
                : DocumentKind.byFileName(document.strip()).filter(DocumentKind::isEdgarHtml).orElseThrow(() ->
                        new BadRequestException("document is form-sd.html, form-sd.htm or ex1-01.htm"));
        FilingWork.GeneratedDocument doc = filings.document(year, kind).orElseThrow(() -> noFiling(year));
        EdgarHtmlChecker checker = new EdgarHtmlChecker();
        List<FilingJson.Violation> violations = new java.util.ArrayList<>();
        checker.checkFileName(kind.fileName()).forEach(v -> violations.add(FilingJson.Violation.of(v)));
        checker.check(doc.content()).forEach(v -> violations.add(FilingJson.Violation.of(v)));
        return new FilingJson.EdgarCheck(kind.fileName(), violations.isEmpty(), violations);
    }

    @POST
    @Path("{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Opens the year's draft filing, starting it from last year's text when there is none")
    public FilingJson.FilingSummary start(@PathParam("year") int year) {
        YearRequests.requireYear(year);
        return FilingJson.FilingSummary.of(filings.startYear(year));
    }

    @PUT
    @Path("{year}/registrant")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Replaces the cover page (registrant information) of the year's draft")
    @APIResponse(responseCode = "400", description = "the year's current version is final")
    public FilingJson.FilingSummary registrant(@PathParam("year") int year, FilingJson.RegistrantJson registrant) {
        YearRequests.requireYear(year);
        if (registrant == null) {
            throw new BadRequestException("Send the registrant as JSON");
        }
        Filing current = filings.current(year).orElseThrow(() -> noFiling(year));
        return FilingJson.FilingSummary.of(filings.saveRegistrant(current.getId(), registrant.toRegistrant()));
    }

    @POST
    @Path("{year}/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Starts a new draft version from the year's final version")
    @APIResponse(responseCode = "400", description = "the current version is still a draft")
    public FilingJson.FilingSummary newVersion(@PathParam("year") int year) {
        YearRequests.requireYear(year);
        filings.current(year).orElseThrow(() -> noFiling(year));
        return FilingJson.FilingSummary.of(filings.startNewVersion(year));
    }

    @GET
    @Path("{year}/preflight")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("VIEWER")
    @Operation(summary = "Everything open between the year's draft and a signature",
            description = "Items with code, severity (BLOCKING refuses finalization, WARNING does not), count, a message and "
                    + "the screen that resolves it. Empty for a final version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FilingJson.PreflightJsonBody.class)))
    public FilingJson.PreflightJsonBody preflight(@PathParam("year") int year) {
        YearRequests.requireYear(year);
        filings.current(year).orElseThrow(() -> noFiling(year));
        return FilingJson.PreflightJsonBody.of(year, filings.preflight(year));
    }

    @PUT
    @Path("{year}/narrative")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Replaces sections of the report text of the year's draft (absent sections stay as they are)",
            description = "program: the company's program fields the text names ({annualReportReference}, {scopeReason}, "
                    + "{policy}, {team}, {grievanceMechanism}, {recordsRetention}; at most 4,000 characters each; absent fields "
                    + "stay, \"\" clears one)")
    @APIResponse(responseCode = "400", description = "the year's current version is final, or a section is too long")
    public FilingJson.FilingSummary narrative(@PathParam("year") int year, FilingJson.NarrativeJson text) {
        YearRequests.requireYear(year);
        if (text == null) {
            throw new BadRequestException("Send the sections as JSON");
        }
        Filing current = filings.current(year).orElseThrow(() -> noFiling(year));
        Narrative n = current.getNarrative().copy();
        set(n, Narrative.Section.OVERVIEW, text.overview());
        set(n, Narrative.Section.RCOI, text.rcoi());
        set(n, Narrative.Section.DUE_DILIGENCE, text.dueDiligence());
        set(n, Narrative.Section.RESULTS, text.results());
        set(n, Narrative.Section.FUTURE_MEASURES, text.futureMeasures());
        if (text.program() != null) {
            text.program().sent().forEach((field, value) -> {
                if (value.length() > Narrative.Field.MAX) {
                    throw new BadRequestException(field.label() + " is limited to " + Narrative.Field.MAX + " characters");
                }
                n.set(field, value);
            });
        }
        return FilingJson.FilingSummary.of(filings.saveNarrative(current.getId(), n));
    }

    private static void set(Narrative n, Narrative.Section section, String value) {
        if (value != null) {
            if (value.length() > MAX_SECTION) {
                throw new BadRequestException(section.heading() + " is limited to " + MAX_SECTION + " characters");
            }
            n.set(section, value);
        }
    }

    @POST
    @Path("{year}/finalize")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Finalizes the year's draft: freezes facts, Annex A and documents",
            description = "Refused with 409 and the blocking pre-flight items while any remain. An ADMIN may finalize anyway "
                    + "with {\"override\": true, \"reason\": \"...\"}: the reason and the items are frozen into the "
                    + "version and the audit trail. A failing EDGAR check and an incomplete cover page are never overridden.")
    @APIResponse(responseCode = "409", description = "blocking pre-flight items remain",
            content = @Content(schema = @Schema(implementation = FilingJson.FinalizeBlocked.class)))
    @APIResponse(responseCode = "400", description = "already final, cover page incomplete, EDGAR check failing, no data "
            + "connected, or an override without a reason")
    @APIResponse(responseCode = "403", description = "an override by someone who is not an ADMIN")
    public FilingJson.FilingSummary finalizeYear(@PathParam("year") int year, String body) {
        YearRequests.requireYear(year);
        FilingJson.FinalizeRequest request = FilingJson.FinalizeRequest.parse(body);
        Filing current = filings.current(year).orElseThrow(() -> noFiling(year));
        boolean override = request != null && Boolean.TRUE.equals(request.override());
        if (request != null && !override && request.reason() != null) {
            throw new BadRequestException("A reason is given only with \"override\": true");
        }
        String reason = override ? (request.reason() == null ? "" : request.reason()) : null;
        return FilingJson.FilingSummary.of(filings.finalizeFiling(current.getId(), reason));
    }

    private static NotFoundException noFiling(int year) {
        return new NotFoundException("No filing for " + year + ": start one in the filing workspace");
    }

}
