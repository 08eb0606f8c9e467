package org.oretrace.kernel.web.tables;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a lazy table's model (PrimeFaces {@code LazyDataModel}) hands to the owning module's service: the column filters
 * as field to text, and the one sort column. The table's columns name their {@code field}, which the service maps to
 * its query; a service ignores a field it does not know. An export of a lazy table reads every filtered row through
 * the same model, bounded by {@link Tables#MAX_EXPORT_ROWS} ({@link TableExporters}).
 */
public final class LazyPages {

    private LazyPages() {
    }

    /** The sort column's field and direction, or null when the table is unsorted (the service's own order). */
    public record Sort(String field, boolean ascending) {
    }

    /**
     * The longest column filter passed on. A filter text comes from the browser, so its length is the sender's to choose;
     * the services match it with {@code like}, whose cost grows with it. No column of a lazy table holds a longer text
     * (names 300, e-mail addresses 320 characters), so a longer filter would match nothing, and its first characters
     * match the same rows.
     */
    public static final int MAX_FILTER_CHARACTERS = org.oretrace.kernel.InputLimits.REASON;

    /** Active column filters: field to the text typed (as text), each at most {@link #MAX_FILTER_CHARACTERS}. */
    public static Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (filterBy == null) {
            return filters;
        }
        for (FilterMeta meta : filterBy.values()) {
            if (meta.isActive() && meta.getField() != null && !meta.isGlobalFilter()) {
                Object value = meta.getFilterValue();
                String text = value instanceof Object[] values ? String.join(" ",
                        java.util.Arrays.stream(values).map(String::valueOf).toList()) : String.valueOf(value);
                filters.put(meta.getField(), text.length() > MAX_FILTER_CHARACTERS ? text.substring(0, MAX_FILTER_CHARACTERS) : text);
            }
        }
        return filters;
    }

    public static Sort sort(Map<String, SortMeta> sortBy) {
        if (sortBy != null) {
            for (SortMeta meta : sortBy.values()) {
                if (meta.getOrder() != SortOrder.UNSORTED && meta.getField() != null) {
                    return new Sort(meta.getField(), meta.getOrder() == SortOrder.ASCENDING);
                }
            }
        }
        return new Sort(null, true);
    }

    /**
     * After the screen's own filter form changed: PrimeFaces reloads a lazy table only when it holds no data and keeps
     * the page it was on, so drop the loaded page and go back to the first one.
     */
    public static void reload(org.primefaces.model.LazyDataModel<?> model, String tableClientId) {
        model.setWrappedData(null);
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent table = context == null ? null : context.getViewRoot().findComponent(tableClientId);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }
}
