package org.oretrace.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.registry.application.SmelterDirectory;
import org.oretrace.registry.published.SmelterFacts;
import org.oretrace.registry.application.SmelterSearch;
import org.oretrace.registry.published.RmapCategory;
import org.oretrace.registry.domain.Smelter;
import org.oretrace.registry.domain.SmelterAlias;
import org.oretrace.registry.infrastructure.SmelterWorkbook;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The registry browser: a lazy, sortable, filterable table of all smelters with an Excel export. */
@Named
@ViewScoped
public class SmelterBrowserBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RmapChart rmapChart;

    @Inject
    SmelterSearch search;

    @Inject
    SmelterDirectory directory;

    @Inject
    ApplicationClock clock;

    private String text;
    private Metal metal;
    private String country;
    private Boolean covered;
    private RmapCategory rmap;
    private Boolean sanctioned;
    private Boolean listed = Boolean.TRUE;
    private final Map<String, SmelterFacts> facts = new HashMap<>();
    private String chart;

    private final LazyDataModel<Smelter> smelters = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return search.count(filter());
        }

        @Override
        public List<Smelter> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            String field = null;
            boolean ascending = true;
            for (SortMeta sort : sortBy.values()) {
                if (sort.getOrder() != SortOrder.UNSORTED) {
                    field = sort.getField();
                    ascending = sort.getOrder() == SortOrder.ASCENDING;
                    break;
                }
            }
            // PrimeFaces asks count() only on its own paging and sorting events, not after our filter form changed
            setRowCount(search.count(filter()));
            List<Smelter> page = search.search(filter(), first, pageSize, field, ascending);
            facts.clear();
            facts.putAll(directory.facts(page.stream().map(Smelter::getSmelterId).toList(), clock.today()));
            return page;
        }

        @Override
        public String getRowKey(Smelter smelter) {
            return smelter.getSmelterId();
        }

        @Override
        public Smelter getRowData(String rowKey) {
            return search.bySmelterId(rowKey).orElse(null);
        }
    };

    /** smelters.xhtml?q=...&sanctioned=true (links from the home tile and other modules) preset the filter. */
    @PostConstruct
    void init() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        text = params.get("q");
        if (params.containsKey("sanctioned")) {
            sanctioned = Boolean.valueOf(params.get("sanctioned"));
            listed = null;
        }
    }

    SmelterSearch.Filter filter() {
        return new SmelterSearch.Filter(text, metal, country, covered, rmap, sanctioned, listed);
    }

    /**
     * Applies the filter form. PrimeFaces reloads a lazy table only when it holds no data, so drop the
     * loaded page and go back to the first one.
     */
    public void search() {
        smelters.setWrappedData(null);
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent("browser:table");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void reset() {
        text = null;
        metal = null;
        country = null;
        covered = null;
        rmap = null;
        sanctioned = null;
        listed = Boolean.TRUE;
        search();
    }

    public SmelterFacts facts(String smelterId) {
        return facts.get(smelterId);
    }

    /** The filtered list as an .xlsx workbook, with flags as of today and all aliases. */
    public StreamedContent getExport() {
        SmelterSearch.Filter filter = filter();
        List<Smelter> all = search.search(filter, 0, 100_000, "smelterId", true);
        Map<String, SmelterFacts> allFacts = directory.facts(all.stream().map(Smelter::getSmelterId).toList(), clock.today());
        List<List<Object>> rows = new ArrayList<>(all.size());
        for (Smelter s : all) {
            SmelterFacts f = allFacts.get(s.getSmelterId());
            String aliases = search.bySmelterId(s.getSmelterId()).map(x -> x.getAliases().stream().map(SmelterAlias::getName)
                    .collect(Collectors.joining(" | "))).orElse("");
            rows.add(Arrays.asList(s.getSmelterId(), s.getMetal().displayName(), s.getStandardName(), s.getCountryName(),
                    s.getCountryCode(), s.getCity(), s.getStateProvince(), f.coveredCountry(), f.cahra(), f.rmapStatus(),
                    f.rmapCategory().label(), f.rmapStatusDate(), f.rmap().source(), f.sanctioned(), s.isListed(), aliases));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SmelterWorkbook.write(rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DefaultStreamedContent.builder().name("oretrace-smelters-" + clock.today() + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(out.toByteArray())).build();
    }

    /** Smelters on RMI's current list per metal, stacked by RMAP category today (see {@link RmapChart}). */
    public String getChart() {
        if (chart == null) {
            chart = rmapChart.byMetalToday();
        }
        return chart;
    }

    public LazyDataModel<Smelter> getSmelters() {
        return smelters;
    }

    public Metal[] getMetals() {
        return Metal.values();
    }

    public RmapCategory[] getRmapCategories() {
        return RmapCategory.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Metal getMetal() {
        return metal;
    }

    public void setMetal(Metal metal) {
        this.metal = metal;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Boolean getCovered() {
        return covered;
    }

    public void setCovered(Boolean covered) {
        this.covered = covered;
    }

    public RmapCategory getRmap() {
        return rmap;
    }

    public void setRmap(RmapCategory rmap) {
        this.rmap = rmap;
    }

    public Boolean getSanctioned() {
        return sanctioned;
    }

    public void setSanctioned(Boolean sanctioned) {
        this.sanctioned = sanctioned;
    }

    public Boolean getListed() {
        return listed;
    }

    public void setListed(Boolean listed) {
        this.listed = listed;
    }
}
