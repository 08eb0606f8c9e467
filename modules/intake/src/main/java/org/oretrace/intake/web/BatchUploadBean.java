package org.oretrace.intake.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.intake.application.Batches;
import org.oretrace.intake.application.IntakeSettings;
import org.oretrace.intake.application.SupplierLinks;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.AccessDeniedException;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.web.Formats;
import org.oretrace.outreach.published.SupplierCard;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The upload screen's batch zip (issue 18): one zip of many returned CMRTs goes down the batch path
 * ({@link Batches}: limits checked while unpacking, every file stored before the answer, read afterwards on the
 * node's batch readers). The page then polls: each poll reads the files' states from the database, so whichever
 * node answers shows the same progress. The bean keeps only the zip's entries (name, declaration), never a state.
 */
@Named
@ViewScoped
public class BatchUploadBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BatchUploadBean.class.getName());

    /** One workbook of the zip and what became of it. */
    public record Line(String fileName, long declarationId, String status, String detail) implements Serializable {
    }

    @Inject
    transient Batches batches;

    @Inject
    transient IntakeSettings settings;

    @Inject
    transient SupplierLinks links;

    private String archive;
    private Long batch;
    private List<Batches.Entry> entries = List.of();
    private List<Line> lines = List.of();
    private int read;
    private String refusal;

    /** The zip: streamed to a temporary file within {@code max-batch-bytes}, then stored as a batch. */
    @Allowed(Role.COMPLIANCE)
    public void upload(FileUploadEvent event) {
        archive = event.getFile().getFileName();
        batch = null;
        entries = List.of();
        lines = List.of();
        read = 0;
        refusal = null;
        Object yearValue = UploadBean.submitted(event.getComponent(), "year");
        Integer year = yearValue instanceof Number n ? n.intValue() : null;
        String supplierText = UploadBean.submitted(event.getComponent(), "supplier") instanceof String t ? t : null;
        Long supplierId = null;
        if (supplierText != null && !supplierText.isBlank()) {
            SupplierCard chosen = links.supplierNumbered(UploadBean.numberIn(supplierText)).orElse(null);
            if (chosen == null) {
                refusal = "Not stored: no supplier '" + supplierText.strip() + "'. Choose one from the list, or leave the field empty.";
                return;
            }
            supplierId = chosen.getId();
        }
        Path zip = null;
        try {
            zip = Files.createTempFile("oretrace-batch-", ".zip");
            long size;
            try (InputStream in = event.getFile().getInputStream(); OutputStream out = Files.newOutputStream(zip)) {
                size = copyAtMost(in, out, settings.maxBatchBytes() + 1);
            }
            if (size > settings.maxBatchBytes()) {
                refusal = "Not stored: the zip is larger than " + (settings.maxBatchBytes() >> 20) + " MB.";
                return;
            }
            Batches.Stored stored = batches.submit(zip, supplierId, year);
            batch = stored.batch();
            entries = stored.entries();
            refresh();
        } catch (BusinessRuleException e) {
            refusal = e.getMessage();
        } catch (AccessDeniedException e) {
            refusal = "You may not upload declarations.";
        } catch (IOException e) {
            refusal = "The upload was interrupted: please try again.";
        } finally {
            delete(zip);
        }
    }

    /** The poll: every file's state from the database; tells the page to stop polling once none is queued. */
    public void refresh() {
        if (entries.isEmpty()) {
            PrimeFaces.current().ajax().addCallbackParam("batchDone", true);
            return;
        }
        Map<Long, Batches.FileOutcome> outcomes = batches.outcomes(entries.stream().map(Batches.Entry::declarationId)
                .distinct().toList());
        List<Line> now = new ArrayList<>();
        int done = 0;
        for (Batches.Entry entry : entries) {
            Batches.FileOutcome o = outcomes.get(entry.declarationId());
            DeclarationStatus status = o == null ? DeclarationStatus.QUEUED : o.status();
            if (status.isEvaluated()) {
                done++;
            }
            now.add(new Line(entry.name(), entry.declarationId(), status.name(), detail(entry, o)));
        }
        lines = now;
        read = done;
        if (done == entries.size()) {
            PrimeFaces.current().ajax().addCallbackParam("batchDone", true);
        }
    }

    private static String detail(Batches.Entry entry, Batches.FileOutcome o) {
        String prefix = entry.duplicate() ? "Already received as declaration " + entry.declarationId() + " (same content). " : "";
        if (o == null || o.status() == DeclarationStatus.QUEUED) {
            return prefix + "Stored; waiting to be read.";
        }
        if (o.status() == DeclarationStatus.REJECTED) {
            return prefix + Formats.words(o.rejectionCode()) + ": " + o.rejectionMessage();
        }
        return prefix + (o.company() == null ? "" : o.company() + ", ") + "CMRT " + o.templateVersion() + ", "
                + o.errors() + " error(s), " + o.warnings() + " warning(s)";
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

    private static void delete(Path zip) {
        if (zip == null) {
            return;
        }
        try {
            Files.deleteIfExists(zip);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the batch's temporary zip " + zip, e);
        }
    }

    public boolean isStarted() {
        return !entries.isEmpty() || refusal != null;
    }

    public String getArchive() {
        return archive;
    }

    public Long getBatch() {
        return batch;
    }

    public int getTotal() {
        return entries.size();
    }

    public int getRead() {
        return read;
    }

    /** Files read, in percent, for the progress bar. */
    public int getPercent() {
        return entries.isEmpty() ? 0 : (int) (100L * read / entries.size());
    }

    /** "March.zip: 12 of 40 file(s) read (batch 1234)". */
    public String getSummary() {
        return archive + ": " + read + " of " + entries.size() + " file(s) read" + (batch == null ? "" : " (batch " + batch + ")");
    }

    public List<Line> getLines() {
        return lines;
    }

    public String getRefusal() {
        return refusal;
    }

    public long getMaxZipMegabytes() {
        // the Faces servlet's multipart limit (web.xml) bounds the zip on this page; the REST batch path takes more
        return Math.min(settings.maxBatchBytes(), 104857600L) >> 20;
    }

    public int getMaxEntries() {
        return settings.maxBatchEntries();
    }
}
