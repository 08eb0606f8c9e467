package org.oretrace.kernel.web.tables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;

import java.util.ArrayList;
import java.util.List;

/**
 * What every table of every module offers beside the tag {@code <ot:tableTools>} (kernel
 * {@code META-INF/oretrace.taglib.xml}): an empty message that says why the table is empty. Used as
 * {@code emptyMessage="#{tables.whyEmpty(component, 'No suppliers yet: import them (Suppliers → Import).')}"}; while a
 * column filter is set, the message names the filters that left nothing instead, since that is the reason then.
 * The exporters behind the tag's buttons are {@link TableExporters}.
 */
@Named("tables")
@ApplicationScoped
public class Tables {

    /**
     * Rows an export may hold. A lazy table (kernel LazyPages: suppliers, declarations) exports its filtered rows read
     * page by page through its model; a larger result is refused with a message asking to narrow the filters.
     */
    public static final int MAX_EXPORT_ROWS = 10_000;

    /** Characters of a filter value quoted back in the empty message. */
    private static final int QUOTED = 60;

    /**
     * @param table    the data table ({@code component} in its {@code emptyMessage} attribute)
     * @param whenNone why the table is empty when no column filter is set, and what to do
     */
    public String whyEmpty(Object table, String whenNone) {
        List<String> filters = activeFilters(table);
        if (filters.isEmpty()) {
            return whenNone;
        }
        return "No row matches " + String.join(" and ", filters)
                + ": change or clear " + (filters.size() == 1 ? "that filter" : "those filters")
                + " in the column headers to see the rows again.";
    }

    static List<String> activeFilters(Object table) {
        List<String> filters = new ArrayList<>();
        if (!(table instanceof DataTable dataTable)) {
            return filters;
        }
        for (FilterMeta filter : dataTable.getFilterByAsMap().values()) {
            if (!filter.isActive()) {
                continue;
            }
            UIColumn column = filter.isGlobalFilter() ? null : dataTable.findColumn(filter.getColumnKey());
            String header = column == null || column.getHeaderText() == null ? "the search" : column.getHeaderText();
            filters.add("\u201C" + quoted(filter.getFilterValue()) + "\u201D in " + header);
        }
        return filters;
    }

    private static String quoted(Object value) {
        String text = value instanceof Object[] values ? String.join(", ", java.util.Arrays.stream(values).map(String::valueOf).toList())
                : String.valueOf(value);
        text = text.strip();
        return text.length() > QUOTED ? text.substring(0, QUOTED) + "\u2026" : text;
    }
}
