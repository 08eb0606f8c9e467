package org.oretrace.filing.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.filing.application.YearComparison;
import org.oretrace.filing.application.YearRow;

import java.io.Serializable;
import java.util.List;

/** The years compared: the rows are computed once per page view (drafts are computed from all of a year's data). */
@Named
@ViewScoped
public class YearsBean implements Serializable {

    @Inject
    YearComparison comparison;

    private List<YearRow> rows;
    private String ratesChart;
    private String smeltersChart;

    public void load() {
        if (rows != null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        rows = comparison.rows();
        ratesChart = YearCharts.rates(rows);
        smeltersChart = YearCharts.smelters(rows);
    }

    /** ("empty" is a reserved word of EL) */
    public boolean isAnyFiling() {
        return rows != null && !rows.isEmpty();
    }

    public List<YearRow> getRows() { return rows; }
    public String getRatesChart() { return ratesChart; }
    public String getSmeltersChart() { return smeltersChart; }
}
