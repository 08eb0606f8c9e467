package org.oretrace.kernel.web.tables;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A lazy table's model over one page of an owning module's query (issue 18: a view keeps one page of rows, never the
 * whole list). The module's service filters, sorts, pages and counts in the database; this model only hands it the
 * column filters and the sort column ({@link LazyPages}) and keeps the page it returned.
 *
 * <p>The query and the row key are serializable because the model lives in a view-scoped bean that a second node may
 * take over (replicated sessions).
 */
public final class PagedModel<R> extends LazyDataModel<R> {

    private static final long serialVersionUID = 1L;

    /** One page of rows and the number of all rows the filters let through. */
    public record Slice<R>(List<R> rows, int total) {
    }

    /** The owning module's paged query; {@code size} 0 asks for the total only. */
    @FunctionalInterface
    public interface Query<R> extends Serializable {
        Slice<R> page(Map<String, String> columnFilters, String sortField, boolean ascending, int first, int size);
    }

    /** What identifies a row across requests (its database ID). */
    @FunctionalInterface
    public interface Key<R> extends Serializable {
        Object of(R row);
    }

    private final Query<R> query;
    private final Key<R> key;

    public PagedModel(Query<R> query, Key<R> key) {
        this.query = query;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return query.page(LazyPages.filters(filterBy), null, true, 0, 0).total();
    }

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        LazyPages.Sort sort = LazyPages.sort(sortBy);
        Slice<R> page = query.page(LazyPages.filters(filterBy), sort.field(), sort.ascending(), first, pageSize);
        // PrimeFaces asks count() only on its own events, not after a screen's own filter form changed
        setRowCount(page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(R row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public R getRowData(String rowKey) {
        List<R> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
