package org.oretrace.intake.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oretrace.intake.application.Batches;
import org.oretrace.intake.application.IntakeSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;

/** The batch path (issue 18): one zip of many CMRTs, stored at once and read after the answer. */
@Path("declarations/batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Declarations")
public class DeclarationBatchResource {

    @Inject
    Batches batches;

    @Inject
    IntakeSettings settings;

    /** {@code batch} is null when every file had been received before. */
    public record BatchJson(Long batch, String archive, int stored, int duplicates, java.util.List<Long> declarations) {
    }

    public record ProgressJson(long batch, int total, int queued, int read, java.util.Map<String, Integer> byStatus) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Upload a zip of CMRTs as one batch", description = "Every workbook of the zip is stored (original "
            + "kept, identical bytes linked to the declaration that has them) before the answer; reading follows in the "
            + "background (GET /api/declarations/batches/{batch} shows how far it is). Within oretrace.intake."
            + "max-batch-entries and max-batch-bytes (the zip and what it unpacks to); over them the zip is refused whole.")
    @APIResponse(responseCode = "202", description = "Stored; reading in the background")
    @APIResponse(responseCode = "400", description = "No file part, not a zip, or over the batch limits (reason in the message)")
    @APIResponse(responseCode = "413", description = "The zip is larger than oretrace.intake.max-batch-bytes")
    public Response upload(@Parameter(description = "a zip of CMRT workbooks") @FormParam("file") EntityPart file,
                           @Parameter(description = "outreach supplier id, when known") @FormParam("supplier") String supplier,
                           @Parameter(description = "the campaign's reporting year") @FormParam("campaign") String campaign) {
        if (file == null) {
            throw new BadRequestException("Send the zip as a multipart/form-data part named 'file'");
        }
        java.nio.file.Path zip = null;
        try {
            zip = Files.createTempFile("oretrace-batch-", ".zip");
            long size;
            try (InputStream in = file.getContent(); OutputStream out = Files.newOutputStream(zip)) {
                size = copyAtMost(in, out, settings.maxBatchBytes() + 1);
            }
            if (size > settings.maxBatchBytes()) {
                throw new ClientErrorException("The zip is larger than " + settings.maxBatchBytes()
                        + " bytes (oretrace.intake.max-batch-bytes); nothing was stored", Response.Status.REQUEST_ENTITY_TOO_LARGE);
            }
            Batches.Stored stored = batches.submit(zip, number(supplier, "supplier"), year(campaign));
            return Response.accepted(new BatchJson(stored.batch(), file.getFileName().orElse("batch.zip"), stored.stored(),
                    stored.duplicates(), stored.declarationIds())).build();
        } catch (IOException e) {
            throw new BadRequestException("The uploaded zip could not be read: " + e.getMessage());
        } finally {
            if (zip != null) {
                try {
                    Files.deleteIfExists(zip);
                } catch (IOException e) {
                    zip.toFile().deleteOnExit();
                }
            }
        }
    }

    @GET
    @Path("{batch}")
    @RolesAllowed("VIEWER")
    @Operation(summary = "How far the reading of a batch is: its declarations per state")
    public ProgressJson progress(@PathParam("batch") long batch) {
        Batches.Progress p = batches.progress(batch);
        java.util.Map<String, Integer> byStatus = new java.util.LinkedHashMap<>();
        p.byStatus().forEach((s, n) -> byStatus.put(s.name(), n));
        return new ProgressJson(p.batch(), p.total(), p.queued(), p.total() - p.queued(), byStatus);
    }

    private static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n; total < max && (n = in.read(buffer, 0, (int) Math.min(buffer.length, max - total))) > 0; ) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    private static Long number(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a number");
        }
    }

    private static Integer year(String text) {
        Long y = number(text, "campaign");
        if (y != null && (y < 2013 || y > 2100)) {
            throw new BadRequestException("campaign must be a reporting year such as 2024");
        }
        return y == null ? null : y.intValue();
    }
}
