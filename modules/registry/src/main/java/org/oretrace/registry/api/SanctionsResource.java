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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oretrace.kernel.Role;
import org.oretrace.registry.application.SanctionsImportResult;
import org.oretrace.registry.application.SanctionsImports;
import org.oretrace.registry.application.SanctionsService;
import org.oretrace.registry.domain.SanctionsList;

import java.io.IOException;
import java.io.InputStream;
import org.oretrace.kernel.InputLimits;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** OFAC SDN list versions. */
@Path("sanctions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_NAME)
@Tag(name = "Sanctions screening")
public class SanctionsResource {

    private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    public record ListJson(long id, LocalDate listDate, Instant importedAt, String importedBy, String fileName, int entries,
                           int entities, int individuals, int vessels, int aircraft, int altNames, Instant screenedAt,
                           Integer screenedNames, Integer hits, Integer openHits) {
        static ListJson of(SanctionsList l) {
            return new ListJson(l.getId(), l.getListDate(), l.getImportedAt(), l.getImportedBy(), l.getFileName(), l.getEntryCount(),
                    l.getEntityCount(), l.getIndividualCount(), l.getVesselCount(), l.getAircraftCount(), l.getAltNameCount(),
                    l.getScreenedAt(), l.getScreenedNames(), l.getHitCount(), l.getOpenHitCount());
        }
    }

    @Inject
    SanctionsService sanctions;

    @Inject
    SanctionsImports imports;

    @Context
    UriInfo uri;

    static final long MAX_LIST = 50L << 20;

    @POST
    @Path("lists")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Import an OFAC SDN list: multipart 'file' (sdn.csv), optional 'alt' (alt.csv) and 'date' (YYYY-MM-DD)",
            description = "The list date defaults to a date in the file name, else today. The list is read and stored before "
                    + "the call answers 202 Accepted with the import's counts and 'screeningId'; every smelter is then screened "
                    + "against it in the background (about a minute for OFAC's whole list): follow the screening at the "
                    + "Location header, GET /screening/runs/{id}, until its state is FINISHED (with the hits) or FAILED. "
                    + "A file that cannot be read, or an import while another screening runs on any server, is refused "
                    + "(400, with who started the running screening, when and how far it is) and nothing is stored.")
    @APIResponse(responseCode = "202", description = "List stored, screening of all smelters started",
            content = @Content(schema = @Schema(implementation = SanctionsImportResult.class)))
    @APIResponse(responseCode = "400", description = "Unreadable file, or another screening is running")
    public Response importList(@FormParam("file") EntityPart file, @FormParam("alt") EntityPart alt,
                               @FormParam("date") EntityPart date) throws IOException {
        if (file == null) {
            throw new BadRequestException("Send OFAC's sdn.csv as multipart field 'file'");
        }
        String fileName = file.getFileName().orElse("sdn.csv");
        String dateText = null;
        if (date != null) {
            try (InputStream in = date.getContent()) {
                dateText = new String(InputLimits.upload(in, 100, "The date field"), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        LocalDate listDate = listDate(dateText, fileName);
        SanctionsImportResult imported;
        try (InputStream in = file.getContent(); InputStream altIn = alt == null ? null : alt.getContent()) {
            // OFAC's sdn.csv has about 5 MB, alt.csv about 1 MB
            byte[] sdn = InputLimits.upload(in, MAX_LIST, "sdn.csv");
            byte[] alts = altIn == null ? null : InputLimits.upload(altIn, MAX_LIST, "alt.csv");
            imported = imports.importList(new java.io.ByteArrayInputStream(sdn),
                    alts == null ? null : new java.io.ByteArrayInputStream(alts), fileName, listDate);
        }
        return Response.accepted(imported)
                .location(uri.getBaseUriBuilder().path(ScreeningResource.class).path("runs/{id}").build(imported.screeningId()))
                .build();
    }

    @GET
    @Path("lists")
    @Operation(summary = "Imported SDN list versions, newest first, with their screening counts")
    public List<ListJson> lists() {
        return sanctions.lists().stream().map(ListJson::of).toList();
    }

    static LocalDate listDate(String given, String fileName) {
        try {
            if (given != null && !given.isBlank()) {
                return LocalDate.parse(given.strip());
            }
        } catch (DateTimeParseException e) {
            throw new BadRequestException("date is YYYY-MM-DD, e.g. 2024-05-03");
        }
        Matcher m = DATE_IN_NAME.matcher(fileName);
        if (m.find()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
        return null;
    }
}
