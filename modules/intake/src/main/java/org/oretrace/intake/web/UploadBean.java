package org.oretrace.intake.web;

import org.oretrace.kernel.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.intake.application.Declarations;
import org.oretrace.intake.application.Incoming;
import org.oretrace.intake.application.IntakeSettings;
import org.oretrace.intake.application.IncomingFiles;
import org.oretrace.intake.application.SupplierLinks;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.AccessDeniedException;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.outreach.published.SupplierCard;
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
    transient IncomingFiles files;

    @Inject
    transient Declarations declarations;

    @Inject
    transient IntakeSettings settings;

    @Inject
    transient SupplierLinks links;

    private Integer reportingYear;
    /** The picker's text, "name (number)". */
    private String supplier;
    private final List<ResultLine> results = new ArrayList<>();

    @PostConstruct
    void init() {
        reportingYear = links.runningYear().orElse(null);
    }

    /**
     * One file of the batch (each file is a request of its own). PrimeFaces broadcasts the upload event
     * at the end of the validation phase, before the model is updated: the bean's fields then still hold
     * what the previous request left (nothing at all for the first file), so the year and supplier sent
     * with this file are read from the fields' validated values instead.
     */
    @Allowed(Role.COMPLIANCE)
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String name = file.getFileName();
        Integer year = submitted(event.getComponent(), "year") instanceof Number n ? n.intValue() : null;
        String supplierText = submitted(event.getComponent(), "supplier") instanceof String t ? t : null;
        SupplierCard chosen = null;
        if (supplierText != null && !supplierText.isBlank()) {
            chosen = links.supplierNumbered(numberIn(supplierText)).orElse(null);
            if (chosen == null) {
                results.add(new ResultLine(name, null, "FAILED", "Not stored: no supplier '" + supplierText.strip()
                        + "'. Choose one from the list (type part of its name or number), or leave the field empty."));
                PageMessages.errorAt(event.getComponent().findComponent("supplier").getClientId(), "No supplier '"
                        + supplierText.strip() + "': choose one from the list (type part of its name or number), or leave"
                        + " the field empty.");
                return;
            }
        }
        Target target = new Target(chosen == null ? null : chosen.getId(), year,
                chosen == null ? "" : chosen.getName() + " (" + chosen.getSupplierNumber() + ")");
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxUploadBytes() + 1));
        } catch (IOException e) {
            results.add(new ResultLine(name, null, "FAILED", "The upload was interrupted: please try again."));
            return;
        }
        if (bytes.length > settings.maxUploadBytes()) {
            results.add(new ResultLine(name, null, "FAILED", "Not stored: the file is larger than "
                    + (settings.maxUploadBytes() >> 20) + " MB."));
            return;
        }
        try {
            for (IncomingFiles.Outcome outcome : files.submit(Incoming.upload(bytes, name, Channel.UPLOAD,
                    target.supplierId(), target.year()))) {
                results.add(line(outcome, target));
            }
        } catch (AccessDeniedException e) {
            results.add(new ResultLine(name, null, "FAILED", "You may not upload declarations."));
        }
    }

    /** The supplier and year every file of one upload request (a zip's workbooks included) is for. */
    private record Target(Long supplierId, Integer year, String supplierLabel) {
    }

    static Object submitted(UIComponent upload, String field) {
        return upload.findComponent(field) instanceof UIInput input && input.isValid() ? input.getValue() : null;
    }

    /** "Name (S-100)" gives "S-100"; a bare number typed without choosing gives itself. */
    static String numberIn(String choice) {
        String text = choice.strip();
        int open = text.lastIndexOf('(');
        if (open >= 0 && text.endsWith(")")) {
            return text.substring(open + 1, text.length() - 1).strip();
        }
        return text;
    }

    private ResultLine line(IncomingFiles.Outcome outcome, Target target) {
        if (outcome.refused()) {
            return new ResultLine(outcome.label(), null, "FAILED", outcome.refusal());
        }
        Declaration d = declarations.find(outcome.declarationId()).orElseThrow();
        String forWhom = d.getSupplierId() == null || target.supplierId() == null ? ""
                : "; for " + target.supplierLabel() + (d.getReportingYear() == null ? "" : ", " + d.getReportingYear());
        return new ResultLine(outcome.label(), d.getId(), d.getStatus().name(), detail(d, outcome.duplicate()) + forWhom);
    }

    private static String detail(Declaration d, boolean duplicate) {
        String prefix = duplicate ? "Already received as declaration " + d.getId() + " (same content). " : "";
        if (d.getStatus() == DeclarationStatus.REJECTED) {
            return prefix + org.oretrace.kernel.web.Formats.words(d.getRejectionCode()) + ": " + d.getRejectionMessage();
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

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    /** Picker choices: suppliers whose name or number contains the text, as "name (number)". */
    public List<String> complete(String text) {
        return links.search(text, 20).stream().map(s -> s.getName() + " (" + s.getSupplierNumber() + ")").toList();
    }

    /** A supplier was chosen: the year becomes that of its running (else latest) campaign, when it has one. */
    public void supplierChosen() {
        links.supplierNumbered(supplier == null ? null : numberIn(supplier))
                .flatMap(s -> links.currentYear(s.getId()))
                .ifPresent(year -> reportingYear = year);
    }

    public long getMaxUploadMegabytes() {
        return settings.maxUploadBytes() >> 20;
    }

    public int getMaxArchiveEntries() {
        return settings.maxArchiveEntries();
    }

    public long getMaxFileMegabytes() {
        return settings.maxFileBytes() >> 20;
    }
}
