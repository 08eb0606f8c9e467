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

    /** Active column filters: field to the text typed (as text). */
    public static Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (filterBy == null) {
            return filters;
        }
        for (FilterMeta meta : filterBy.values()) {
            if (meta.isActive() && meta.getField() != null && !meta.isGlobalFilter()) {
                Object value = meta.getFilterValue();
                filters.put(meta.getField(), value instanceof Object[] values ? String.join(" ",
                        java.util.Arrays.stream(values).map(String::valueOf).toList()) : String.valueOf(value));
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
