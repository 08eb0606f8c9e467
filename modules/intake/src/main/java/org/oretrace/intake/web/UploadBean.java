package org.oretrace.intake.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.intake.application.Archive;
import org.oretrace.intake.application.DeclarationIntake;
import org.oretrace.intake.application.Declarations;
import org.oretrace.intake.application.Incoming;
import org.oretrace.intake.application.IntakeSettings;
import org.oretrace.intake.application.Received;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.AccessDeniedException;
import org.oretrace.kernel.security.Allowed;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The upload screen: several files and zip archives at once, one result line per file. */
@Named
@ViewScoped
public class UploadBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line per file: what became of it. */
    public record ResultLine(String fileName, Long declarationId, String status, String detail) implements Serializable {
        public String getStyle() {
            return switch (status) {
                case "ACCEPTED" -> "ot-badge ot-badge-good";
                case "REJECTED", "FAILED" -> "ot-badge ot-badge-bad";
                default -> "ot-badge";
            };
        }
    }

    @Inject
    transient DeclarationIntake intake;

    @Inject
    transient Declarations declarations;

    @Inject
    transient IntakeSettings settings;

    private Integer reportingYear;
    private Long supplierId;
    private final List<ResultLine> results = new ArrayList<>();

    @Allowed(Role.COMPLIANCE)
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String name = file.getFileName();
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxFileBytes() * 4));
        } catch (IOException e) {
            results.add(new ResultLine(name, null, "FAILED", "The upload was interrupted: please try again."));
            return;
        }
        if (Archive.isArchive(name, bytes)) {
            try {
                List<Archive.Entry> entries = Archive.entries(bytes, settings.maxFileBytes());
                if (entries.isEmpty()) {
                    results.add(new ResultLine(name, null, "FAILED", "The archive is empty."));
                }
                for (Archive.Entry entry : entries) {
                    receive(name + " › " + entry.name(), entry.name(), entry.bytes());
                }
            } catch (IOException e) {
                results.add(new ResultLine(name, null, "FAILED", "The archive cannot be unpacked: " + e.getMessage()));
            }
            return;
        }
        receive(name, name, bytes);
    }

    private void receive(String label, String fileName, byte[] bytes) {
        try {
            Received received = intake.submit(Incoming.upload(bytes, fileName, Channel.UPLOAD, supplierId, reportingYear));
            Declaration d = declarations.find(received.declarationId()).orElseThrow();
            results.add(new ResultLine(label, d.getId(), d.getStatus().name(), detail(d, received.duplicate())));
        } catch (AccessDeniedException e) {
            results.add(new ResultLine(label, null, "FAILED", "You may not upload declarations."));
        }
    }

    private static String detail(Declaration d, boolean duplicate) {
        String prefix = duplicate ? "Already received as declaration " + d.getId() + " (same content). " : "";
        if (d.getStatus() == DeclarationStatus.REJECTED) {
            return prefix + d.getRejectionCode() + ": " + d.getRejectionMessage();
        }
        if (d.getStatus() == DeclarationStatus.QUEUED) {
            return prefix + "Stored; it will be read in a moment.";
        }
        String who = d.getCompany().getName() == null ? "" : d.getCompany().getName() + ", ";
        return prefix + who + "CMRT " + d.getTemplateVersion() + ", " + d.getSmelters().size() + " smelter row(s), "
                + d.errorCount() + " error(s), " + d.warningCount() + " warning(s)";
    }

    public void clear() {
        results.clear();
    }

    public List<ResultLine> getResults() {
        return results;
    }

    public long count(String status) {
        return results.stream().filter(r -> r.status().equals(status)).count();
    }

    public Integer getReportingYear() {
        return reportingYear;
    }

    public void setReportingYear(Integer reportingYear) {
        this.reportingYear = reportingYear;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(Long supplierId) {
        this.supplierId = supplierId;
    }

    public long getMaxFileMegabytes() {
        return settings.maxFileBytes() >> 20;
    }
}
