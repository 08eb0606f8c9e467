package org.oretrace.intake.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oretrace.intake.application.CorrectiveAction;
import org.oretrace.intake.application.RiskReviews;
import org.oretrace.intake.domain.RiskOutcome;
import org.oretrace.intake.application.DeclarationIntake;
import org.oretrace.intake.application.Declarations;
import org.oretrace.intake.application.Incoming;
import org.oretrace.intake.application.IntakeSettings;
import org.oretrace.intake.application.IncomingFiles;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.intake.application.SupplierLinks;
import org.oretrace.intake.application.SupplierSuggestions;
import org.oretrace.outreach.published.SupplierDirectory;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

@Path("declarations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Declarations", description = "Suppliers' CMRTs: upload, parsed content, findings, originals")
public class DeclarationResource {

    @Inject
    RiskReviews riskReviews;

    @Inject
    DeclarationIntake intake;

    @Inject
    IncomingFiles files;

    @Inject
    Declarations declarations;

    @Inject
    IntakeSettings settings;

    @Inject
    SupplierLinks links;

    @Inject
    SupplierDirectory suppliers;

    @Inject
    CurrentUser currentUser;

    @Inject
    ApplicationClock clock;

    @jakarta.ws.rs.core.Context
    UriInfo uriInfo;

    public record AcceptanceJson(String reason) {
    }

    public record CorrectiveActionJson(String to, String subject, String body) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Upload a CMRT", description = "Stores the file (before anything reads it), reads and validates "
            + "it, and returns the declaration. A file that is not a readable CMRT is still stored and answered with "
            + "status REJECTED and a rejection code. The same bytes sent again return the existing declaration "
            + "(duplicate: true, 200) instead of a new one (201). A zip archive of workbooks is unpacked within the limits "
            + "(oretrace.intake.max-archive-entries, max-archive-bytes) and answered with {archive, declarations}.")
    @APIResponse(responseCode = "201", description = "Stored and read",
            content = @Content(schema = @Schema(implementation = DeclarationJson.class)))
    @APIResponse(responseCode = "200", description = "Identical file received before; the existing declaration",
            content = @Content(schema = @Schema(implementation = DeclarationJson.class)))
    @APIResponse(responseCode = "400", description = "No file part, or a zip archive over the limits (reason in the message)")
    @APIResponse(responseCode = "413", description = "The file is larger than oretrace.intake.max-upload-bytes")
    public Response upload(
            @Parameter(description = "the CMRT workbook (.xlsx or .xlsm)") @FormParam("file") EntityPart file,
            @Parameter(description = "outreach supplier id, when known") @FormParam("supplier") String supplier,
            @Parameter(description = "the campaign's reporting year, e.g. 2024") @FormParam("campaign") String campaign) {
        if (file == null) {
            throw new BadRequestException("Send the workbook as a multipart/form-data part named 'file'");
        }
        byte[] bytes = UploadParts.readLimited(file, settings.maxUploadBytes());
        String fileName = file.getFileName().orElse("upload.xlsx");
        boolean archive = IncomingFiles.isArchive(fileName, bytes);
        List<IncomingFiles.Outcome> outcomes = files.submit(Incoming.upload(bytes, fileName, Channel.API,
                UploadParts.number(supplier, "supplier"), UploadParts.year(campaign)));
        if (outcomes.size() == 1 && outcomes.get(0).refused()) {
            throw new BusinessRuleException(outcomes.get(0).refusal());
        }
        if (!archive) {
            IncomingFiles.Outcome only = outcomes.get(0);
            Declaration d = declarations.load(only.declarationId()).orElseThrow();
            DeclarationJson json = DeclarationJson.of(d, only.duplicate());
            if (only.duplicate()) {
                return Response.ok(json).build();
            }
            return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(d.getId())).build())
                    .entity(json).build();
        }
        List<DeclarationJson> read = outcomes.stream()
                .map(o -> DeclarationJson.of(declarations.load(o.declarationId()).orElseThrow(), o.duplicate())).toList();
        return Response.status(Response.Status.CREATED).entity(new ArchiveJson(fileName, read)).build();
    }

    /** The answer to an uploaded zip archive: a declaration per workbook in it. */
    public record ArchiveJson(String archive, List<DeclarationJson> declarations) {
    }

    @GET
    @Path("{id}")
    @RolesAllowed("VIEWER")
    @Operation(summary = "A declaration with its answers, smelters, products and findings")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeclarationJson.class)))
    @APIResponse(responseCode = "404", description = "No such declaration")
    public DeclarationJson get(@PathParam("id") long id) {
        return DeclarationJson.of(load(id), false);
    }

    @GET
    @RolesAllowed("VIEWER")
    @Operation(summary = "Declarations, newest first", description = "Filters: year (reporting year), supplier, status.")
    public List<DeclarationSummaryJson> list(@QueryParam("year") Integer year, @QueryParam("supplier") Long supplier,
                                             @QueryParam("status") String status, @QueryParam("q") String text,
                                             @QueryParam("first") @DefaultValue("0") int first,
                                             @QueryParam("max") @DefaultValue("100") int max) {
        DeclarationStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = DeclarationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("status must be one of QUEUED, ACCEPTED, NEEDS_FOLLOW_UP, RISK_REVIEW, REJECTED");
            }
        }
        List<Declaration> found = declarations.search(new Declarations.Filter(year, supplier, s, text),
                Math.max(first, 0), Math.min(Math.max(max, 1), 500));
        var counts = declarations.findingCounts(found.stream().map(Declaration::getId).toList());
        return found.stream().map(d -> DeclarationSummaryJson.of(d, counts.getOrDefault(d.getId(), java.util.Map.of())))
                .toList();
    }

    @GET
    @Path("{id}/original")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed("VIEWER")
    @Operation(summary = "The original file, byte for byte as received")
    public Response original(@PathParam("id") long id) {
        StoredFile file = load(id).getStoredFile();
        return Response.ok(file.getContent())
                .type(UploadParts.contentType(file.getOriginalName()))
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(load(id).getFileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-SHA256", file.getSha256())
                .build();
    }

    @POST
    @Path("{id}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Accept a declaration despite its findings", description = "The reason is required and audited.")
    public DeclarationJson accept(@PathParam("id") long id, AcceptanceJson acceptance) {
        load(id);
        intake.accept(id, acceptance == null ? null : acceptance.reason());
        return DeclarationJson.of(load(id), false);
    }

    /** A risk review: outcome ACCEPTED_WITH_REASON, ASKED_SUPPLIER or ESCALATED; mail fields only for ASKED_SUPPLIER. */
    public record RiskReviewRequestJson(String outcome, String assessment, String to, String subject, String body) {
    }

    @POST
    @Path("{id}/risk-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Record the assessment of a declaration's red flags and the action taken", description =
            "outcome ACCEPTED_WITH_REASON (the declaration becomes ACCEPTED), ASKED_SUPPLIER (the corrective action is "
            + "sent as by POST .../corrective-action, with the draft's to, subject and body where these are left out; "
            + "the declaration needs follow-up) or ESCALATED (it stays in RISK_REVIEW). assessment is required. "
            + "Audited. 400 when the declaration has no red flags or still has errors for the supplier to correct.")
    public DeclarationJson reviewRisk(@PathParam("id") long id, RiskReviewRequestJson review) {
        load(id);
        if (review == null) {
            throw new BadRequestException("Send {outcome, assessment}");
        }
        RiskOutcome outcome;
        try {
            outcome = review.outcome() == null ? null : RiskOutcome.valueOf(review.outcome().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("outcome must be one of ACCEPTED_WITH_REASON, ASKED_SUPPLIER, ESCALATED");
        }
        riskReviews.record(id, outcome, review.assessment(),
                new RiskReviews.Question(review.to(), review.subject(), review.body()));
        return DeclarationJson.of(load(id), false);
    }

    @POST
    @Path("{id}/evaluation")
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Read the stored original again", description = "E.g. after a registry update; no re-upload.")
    public DeclarationJson reread(@PathParam("id") long id) {
        load(id);
        intake.reread(id);
        return DeclarationJson.of(load(id), false);
    }

    public record QueuedJson(int queued) {
    }

    @POST
    @Path("evaluation")
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Read every stored original again", description = "Queues all declarations; every node's "
            + "queue reads them in the background (watch their status go from QUEUED to the outcome).")
    public QueuedJson rereadAll() {
        return new QueuedJson(intake.requeueAll());
    }

    @GET
    @Path("{id}/corrective-action")
    @RolesAllowed("VIEWER")
    @Operation(summary = "Draft of the corrective-action email for the supplier")
    public CorrectiveActionJson correctiveAction(@PathParam("id") long id) {
        CorrectiveAction draft = CorrectiveAction.draft(load(id), currentUser.name(), clock.zone());
        return new CorrectiveActionJson(draft.to(), draft.subject(), draft.body());
    }

    @POST
    @Path("{id}/corrective-action")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Send the (edited) corrective-action email", description = "For a declaration of a supplier "
            + "asked in that year's campaign the mail goes through the supplier's request (to its contact, in the "
            + "request's timeline, repeated by later reminders instead of the plain reminder; 'to' is not used); "
            + "otherwise it is mailed to 'to'. Answers where it went: {to, throughRequest}; to is null when the "
            + "supplier has no working address (the request keeps the text for its next reminder).")
    @APIResponse(responseCode = "202", description = "Queued in the outbox",
            content = @Content(schema = @Schema(implementation = DeclarationIntake.CorrectiveActionSent.class)))
    public Response sendCorrectiveAction(@PathParam("id") long id, CorrectiveActionJson mail) {
        load(id);
        if (mail == null) {
            throw new BadRequestException("Send {to, subject, body}");
        }
        return Response.accepted(intake.sendCorrectiveAction(id, mail.to(), mail.subject(), mail.body())).build();
    }

    public record SupplierLinkJson(Long supplierId, String supplierNumber, Integer reportingYear) {
    }

    @GET
    @Path("{id}/supplier-suggestions")
    @RolesAllowed("VIEWER")
    @Operation(summary = "Suppliers that probably sent a declaration that came without one", description = "Best first, "
            + "with the reasons: the company name in the file matches the supplier's name (legal forms, case and "
            + "accents ignored), or the contact, authorizer or sender address is one of the supplier's contacts or "
            + "has its domain. Empty for a declaration linked to a supplier.")
    public List<SupplierSuggestions.Suggestion> supplierSuggestions(@PathParam("id") long id) {
        return links.suggest(load(id));
    }

    @PUT
    @Path("{id}/supplier")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Link a declaration that came without a supplier to one", description = "Give supplierId or "
            + "supplierNumber, and optionally reportingYear (default: the declaration's, else the supplier's current "
            + "campaign). The declaration is read again and the supplier's request records the response, as for an "
            + "upload made for that supplier. A declaration never moves to another supplier (400).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeclarationJson.class)))
    @APIResponse(responseCode = "400", description = "Unknown supplier, or already linked")
    public DeclarationJson linkSupplier(@PathParam("id") long id, SupplierLinkJson link) {
        load(id);
        if (link == null || (link.supplierId() == null && (link.supplierNumber() == null || link.supplierNumber().isBlank()))) {
            throw new BadRequestException("Send {supplierId} or {supplierNumber}, optionally with reportingYear");
        }
        long supplierId = link.supplierId() != null ? link.supplierId()
                : suppliers.numbered(link.supplierNumber())
                .orElseThrow(() -> new BadRequestException("There is no supplier " + link.supplierNumber().strip())).getId();
        intake.linkToSupplier(id, supplierId, link.reportingYear());
        return DeclarationJson.of(load(id), false);
    }

    private Declaration load(long id) {
        return declarations.load(id).orElseThrow(() -> new NotFoundException("Declaration " + id + " does not exist"));
    }
}
