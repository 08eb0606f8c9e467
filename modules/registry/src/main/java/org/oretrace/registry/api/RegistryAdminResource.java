package org.oretrace.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.registry.published.MatchResult;
import org.oretrace.registry.application.MatchReviews;
import org.oretrace.registry.published.ReportedSmelter;
import org.oretrace.registry.application.SmelterMatcher;
import org.oretrace.registry.application.ReferenceListService;
import org.oretrace.registry.application.RmapImportResult;
import org.oretrace.registry.application.RmapImportRequest;
import org.oretrace.registry.application.RmapImports;
import org.oretrace.registry.domain.RmapImport;
import org.oretrace.registry.domain.RmapSourceKind;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.registry.application.SmelterScreenings;
import org.oretrace.registry.application.ScreeningRun;
import org.oretrace.registry.application.ScreeningRuns;
import org.oretrace.registry.domain.MatchReview;
import org.oretrace.registry.domain.ReferenceListImport;
import org.oretrace.registry.domain.ReviewStatus;

import java.io.IOException;
import java.io.InputStream;
import org.oretrace.kernel.InputLimits;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Imports of reference data (ADMIN) and the match review queue. */
@Path("registry")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_NAME)
@Tag(name = "Smelter registry")
public class RegistryAdminResource {

    /**
     * The log of one reference-list import, and the re-screening it triggered (null without an SDN list,
     * or when another screening was running: screeningRefused then says so and the smelters need screening again).
     */
    public record ImportJson(long id, Instant importedAt, String importedBy, String fileName, String templateVersion, int aliasRows,
                             int smelters, int newCount, int changedCount, int unchangedCount, int noLongerListedCount,
                             int relistedCount, int newAliasCount, int renameCount, ScreeningRun screening, String screeningRefused) {
        static ImportJson of(ReferenceListImport i, ScreeningRun run, String refused) {
            return new ImportJson(i.getId(), i.getImportedAt(), i.getImportedBy(), i.getFileName(), i.getTemplateVersion(),
                    i.getAliasRows(), i.getSmeltersInList(), i.getNewCount(), i.getChangedCount(), i.getUnchangedCount(),
                    i.getNoLongerListedCount(), i.getRelistedCount(), i.getNewAliasCount(), i.getRenameCount(), run, refused);
        }
    }

    public record ReviewJson(long id, String metal, String reportedName, String reportedCountry, String reportedSmelterId,
                             String sourceType, String sourceRef, int occurrences, String suggestedSmelterId, Double suggestedScore,
                             String reason, String status, String resolvedSmelterId, String decidedBy, Instant decidedAt, String note) {
        static ReviewJson of(MatchReview r) {
            return new ReviewJson(r.getId(), r.getMetal() == null ? null : r.getMetal().displayName(), r.getReportedName(),
                    r.getReportedCountry(), r.getReportedSmelterId(), r.getSourceType(), r.getSourceRef(), r.getOccurrences(),
                    r.getSuggestedSmelterId(), r.getSuggestedScore(), r.getReason(), r.getStatus().name(), r.getResolvedSmelterId(),
                    r.getDecidedBy(), r.getDecidedAt(), r.getNote());
        }
    }

    /** Confirms the smelter of a reviewed name. */
    public record Confirmation(String smelterId, String note) {
    }

    /** A reported smelter to put in the review queue, with where it was reported. */
    public record Submission(String metal, String name, String country, String smelterId, String sourceType, String sourceRef) {
    }

    /** reviewId is null when the matcher resolved the row (nothing to review). */
    public record Submitted(Long reviewId, String method, String smelterId, String reason) {
    }

    @Inject
    ReferenceListService referenceLists;

    @Inject
    SmelterMatcher matcher;

    @Inject
    RmapImports rmapImports;

    @Inject
    SmelterScreenings screenings;

    @Inject
    MatchReviews reviews;

    @Inject
    CurrentUser currentUser;

    /** RMI's reference list comes in a CMRT/EMRT of a few MB; an RMAP CSV of all facilities is well under 1 MB. */
    static final long MAX_WORKBOOK = 50L << 20;
    static final long MAX_CSV = 20L << 20;

    @POST
    @Path("reference-list")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Import RMI's smelter reference list from a CMRT or EMRT workbook (multipart field 'file')",
            description = "Idempotent. Answers with the counts; all smelters are screened against the newest SDN list before the call returns.")
    public ImportJson importReferenceList(@FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw new BadRequestException("Send the workbook as multipart field 'file'");
        }
        ReferenceListImport log;
        try (InputStream in = file.getContent()) {
            log = referenceLists.importWorkbook(new java.io.ByteArrayInputStream(InputLimits.upload(in, MAX_WORKBOOK,
                    "The workbook")), file.getFileName().orElse("upload.xlsx"));
        }
        try {
            return ImportJson.of(log, screenings.rescreen(currentUser.name()).orElse(null), null);
        } catch (ScreeningRuns.AlreadyRunning running) {
            // the list is imported (its own transaction); only the re-screening waits for the running one
            return ImportJson.of(log, null, running.getMessage());
        }
    }

    @GET
    @Path("reference-list/imports")
    @Operation(summary = "The log of reference-list imports, newest first")
    public List<ImportJson> imports() {
        return referenceLists.imports().stream().map(i -> ImportJson.of(i, null, null)).toList();
    }

    /** One RMAP import: its source label and as-of date name its statuses wherever they appear. */
    public record RmapImportJson(long id, String kind, String fileFormat, String sourceLabel, LocalDate asOf, String fileName,
                                 int rows, int added, int updated, int unchanged, int unknownSmelters, int problems,
                                 Instant importedAt, String importedBy) {
        static RmapImportJson of(RmapImport i) {
            return new RmapImportJson(i.getId(), i.getKind().name(), i.getFileFormat(), i.getSourceLabel(), i.getAsOf(),
                    i.getFileName(), i.getRows(), i.getAdded(), i.getUpdated(), i.getUnchanged(), i.getUnknownSmelters(),
                    i.getProblems(), i.getImportedAt(), i.getImportedBy());
        }
    }

    @POST
    @Path("rmap-status")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Import RMAP statuses: one of RMI's published lists, or a table with a status column (multipart)",
            description = "Fields: 'file' (csv or xlsx, at most 5 MB, 20,000 rows); 'list' = CONFORMANT or ACTIVE for RMI's lists, "
                    + "which have no status column (which list it is, is the status; columns such as METAL, SMELTER ID, "
                    + "STANDARD SMELTER NAME, COUNTRY LOCATION, LAST AUDIT DATE, AUDIT CYCLE, REAUDIT IN PROGRESS; names in any "
                    + "case and spacing, an 'Sl #' column and title lines above the header are fine); 'asOf' = the date the list "
                    + "was downloaded (YYYY-MM-DD; required for lists and for tables without a date column); 'source' = the "
                    + "label its statuses carry (default: the list's name, or the file's). Tables with a status column "
                    + "('Status', 'RMAP Status', 'RMAP Audit Status', ...) are imported without 'list': with a date per row "
                    + "('Status Date', 'As Of', ...), or dated as a whole by 'asOf' (a filing's 'Metal, Smelter Name, Smelter "
                    + "ID, RMAP Audit Status' table). A smelter on one import of a list and missing from the next is "
                    + "'Dropped off the ... list' from the later one's date. Unknown status words are kept and listed as "
                    + "unmapped until an admin maps them to CONFORMANT, IN_PROGRESS (RMI's Active), NOT_CONFORMANT or UNKNOWN.")
    public RmapImportResult importRmap(@FormParam("file") EntityPart file, @FormParam("list") String list,
                                       @FormParam("asOf") String asOf, @FormParam("source") String source) throws IOException {
        if (file == null) {
            throw new BadRequestException("Send the list or table as multipart field 'file'");
        }
        RmapImportRequest request = new RmapImportRequest(listKind(list), isoDate(asOf, "asOf"), source);
        try (InputStream in = file.getContent()) {
            return rmapImports.importFile(new java.io.ByteArrayInputStream(InputLimits.upload(in, MAX_CSV, "The file")), file.getFileName().orElse("rmap.csv"), request);
        }
    }

    @GET
    @Path("rmap-status/imports")
    @Operation(summary = "Every RMAP import with its source label and as-of date, newest first")
    public List<RmapImportJson> rmapImports() {
        return rmapImports.imports().stream().map(RmapImportJson::of).toList();
    }

    static RmapSourceKind listKind(String list) {
        if (list == null || list.isBlank()) {
            return null;
        }
        return switch (list.strip().toUpperCase(Locale.ROOT)) {
            case "CONFORMANT" -> RmapSourceKind.CONFORMANT;
            case "ACTIVE" -> RmapSourceKind.ACTIVE;
            default -> throw new BusinessRuleException("list is CONFORMANT or ACTIVE (RMI's lists), or absent for a file "
                    + "with a status column; not '" + list.strip() + "'");
        };
    }

    static LocalDate isoDate(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BusinessRuleException(field + " is a date as YYYY-MM-DD, not '" + text.strip() + "'");
        }
    }

    @GET
    @Path("reviews")
    @Operation(summary = "The match review queue; status open, confirmed or unknown (all when omitted)")
    public List<ReviewJson> reviews(@QueryParam("status") String status) {
        ReviewStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = ReviewStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("status is open, confirmed or unknown");
            }
        }
        return reviews.list(s).stream().map(ReviewJson::of).toList();
    }

    @POST
    @Path("reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.COMPLIANCE_NAME)
    @Operation(summary = "Send a reported smelter to the review queue unless the matcher resolves it (one open review per metal and name)")
    public Submitted submit(Submission submission) {
        if (submission == null || submission.name() == null || submission.name().isBlank()) {
            throw new BadRequestException("Send {metal, name, country, smelterId, sourceType, sourceRef} with a name");
        }
        ReportedSmelter reported = new ReportedSmelter(SmelterResource.metal(submission.metal()), submission.name(),
                submission.country(), submission.smelterId());
        MatchResult result = matcher.match(reported);
        Long id = reviews.submit(reported, submission.sourceType(), submission.sourceRef()).map(MatchReview::getId).orElse(null);
        return new Submitted(id, result.method().name(), result.smelterId(), result.reason());
    }

    @POST
    @Path("reviews/{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.COMPLIANCE_NAME)
    @Operation(summary = "Confirm the smelter of a reported name; the name becomes a learned alias")
    public ReviewJson confirm(@PathParam("id") long id, Confirmation confirmation) {
        if (confirmation == null || confirmation.smelterId() == null) {
            throw new BadRequestException("Send {\"smelterId\": \"CID000000\", \"note\": \"...\"}");
        }
        return ReviewJson.of(reviews.confirm(id, confirmation.smelterId(), confirmation.note()));
    }
}
