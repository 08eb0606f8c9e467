package org.oretrace.intake.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.intake.application.Declarations;
import org.oretrace.intake.application.DeclarationTable;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.kernel.web.tables.LazyPages;
import org.oretrace.kernel.web.tables.PagedModel;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The declarations list: per campaign year, with filters; the table exports to Excel. */
@Named
@ViewScoped
public class DeclarationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Declarations declarations;

    @Inject
    DeclarationTable table;

    private Integer year;
    private DeclarationStatus status;
    private String text;
    /**
     * One page at a time, filtered, sorted and counted by intake's {@link DeclarationTable} (issue 18: up to 2,000
     * declarations with their entities in every open view filled the heap on a large year).
     */
    private final PagedModel<DeclarationTable.Line> lines = new PagedModel<>((columnFilters, sortField, ascending, first, size) -> {
        var page = table.page(filter(), columnFilters, sortField, ascending, first, size);
        return new PagedModel.Slice<>(page.lines(), page.total());
    }, DeclarationTable.Line::id);

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
    }

    private Declarations.Filter filter() {
        return new Declarations.Filter(year, null, status, text);
    }

    public void search() {
        LazyPages.reload(lines, "list:declarations");
    }

    public PagedModel<DeclarationTable.Line> getLines() {
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
