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
                       String templateVersion, String language, String scope, String status, long errors,
                       long warnings, Instant receivedAt) implements Serializable {
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
                    d.getTemplateVersion(), d.getLanguage(), d.getScope(), d.getStatus().name(),
                    c.getOrDefault(Severity.ERROR, 0L), c.getOrDefault(Severity.WARNING, 0L), d.getReceivedAt());
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
