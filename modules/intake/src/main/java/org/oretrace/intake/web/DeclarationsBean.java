package org.oretrace.intake.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.intake.application.Declarations;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.intake.domain.Severity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The declarations list: per campaign year, with filters; the table exports to Excel. */
@Named
@ViewScoped
public class DeclarationsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LIMIT = 2000;

    /** One line of the list, flat so that the Excel export shows plain values. */
    public record Line(long id, String fileName, String company, Long supplierId, Integer reportingYear,
                       String templateVersion, String language, String scope, DeclarationStatus status, long errors,
                       long warnings, Instant receivedAt, String template) implements Serializable {
    }

    @Inject
    transient Declarations declarations;

    private Integer year;
    private DeclarationStatus status;
    private String text;
    private List<Line> lines;

    /** Pages of a module read their parameters themselves: f:metadata inside the layout's content is not seen. */
    @PostConstruct
    void init() {
        Map<String, String> params = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        try {
            status = params.get("status") == null ? null : DeclarationStatus.valueOf(params.get("status"));
            year = params.get("year") == null ? null : Integer.valueOf(params.get("year"));
        } catch (IllegalArgumentException e) {
            status = null;
            year = null;
        }
        search();
    }

    public void search() {
        List<Declaration> found = declarations.search(new Declarations.Filter(year, null, status, text), 0, LIMIT);
        Map<Long, Map<Severity, Long>> counts = declarations.findingCounts(found.stream().map(Declaration::getId).toList());
        lines = found.stream().map(d -> {
            Map<Severity, Long> c = counts.getOrDefault(d.getId(), Map.of());
            return new Line(d.getId(), d.getFileName(), d.getCompany().getName(), d.getSupplierId(), d.getReportingYear(),
                    d.getTemplateVersion(), d.getLanguage(), d.getScope(), d.getStatus(),
                    c.getOrDefault(Severity.ERROR, 0L), c.getOrDefault(Severity.WARNING, 0L), d.getReceivedAt(),
                    d.getTemplate().name());
        }).toList();
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<Integer> getYears() {
        return declarations.reportingYears();
    }

    public DeclarationStatus[] getStatuses() {
        return DeclarationStatus.values();
    }

    /** Why the list is empty and what to do: it depends on the filters. */
    public String getEmptyMessage() {
        boolean filtered = year != null || status != null || (text != null && !text.isBlank());
        if (!filtered) {
            return "No declarations received yet. Upload a CMRT (Intake, Upload) or wait for suppliers' replies by mail.";
        }
        StringBuilder what = new StringBuilder("No declarations");
        if (status != null) {
            what.append(" with status \"").append(org.oretrace.kernel.web.Formats.words(status)).append('"');
        }
        if (year != null) {
            what.append(" for reporting year ").append(year);
        }
        if (text != null && !text.isBlank()) {
            what.append(" whose file, company or sender contains \"").append(text.strip()).append('"');
        }
        return what.append(". Choose \"(any)\" or \"(all years)\", or shorten the search text.").toString();
    }

    /** What a status means, for the legend's tooltip. */
    public String explain(DeclarationStatus s) {
        return switch (s) {
            case QUEUED -> "received, being read";
            case ACCEPTED -> "complete and consistent, or accepted with a recorded reason";
            case NEEDS_FOLLOW_UP -> "the supplier must correct something: send the corrective action";
            case RISK_REVIEW -> "a red flag to assess before it counts";
            case REJECTED -> "the file could not be read: ask for a new one";
        };
    }

    public boolean isTruncated() {
        return lines.size() == LIMIT;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public DeclarationStatus getStatus() {
        return status;
    }

    public void setStatus(DeclarationStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
