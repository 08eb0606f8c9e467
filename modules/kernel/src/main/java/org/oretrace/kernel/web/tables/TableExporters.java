package org.oretrace.kernel.web.tables;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.oretrace.kernel.BusinessRuleException;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.datatable.export.DataTableExcelXExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;
import org.primefaces.component.export.ExportConfiguration;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * PrimeFaces' CSV and Excel exporters with Oretrace's two rules (registered by {@link Tables} under the types
 * {@code csv} and {@code xlsx}): an export holds at most {@link Tables#MAX_EXPORT_ROWS} rows (more is refused with a
 * message, never cut silently), and a CSV cell that a spreadsheet would run as a formula (= + - @ first) gets a
 * leading apostrophe, as kernel {@link org.oretrace.kernel.csv.Csv#spreadsheetSafe} does for every CSV we write.
 * Excel cells are written as text values, never formulas, so they need no prefix.
 */
public final class TableExporters {

    private TableExporters() {
    }

    /**
     * Puts these exporters in place of PrimeFaces' own CSV and Excel ones on the first request (a phase listener of
     * kernel META-INF/faces-config.xml), so no {@code p:dataExporter} anywhere writes a formula or an unbounded file.
     * Not at start-up: PrimeFaces keeps its exporters in a context it builds from the servlet context, which a listener
     * of a library jar may not do while the application deploys (Payara refused the deployment).
     */
    public static class Registration implements PhaseListener {

        private static final long serialVersionUID = 1L;
        private static final AtomicBoolean DONE = new AtomicBoolean();

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            if (!DONE.get()) {
                synchronized (DONE) {
                    if (!DONE.get()) {
                        DataExporters.register(DataTable.class, Csv.class, "csv");
                        DataExporters.register(DataTable.class, Xlsx.class, "xlsx");
                        DONE.set(true);
                    }
                }
            }
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            // registered before the first view is restored
        }
    }

    /** Refuses before a byte is written: the response is reset so the page, not a file, shows the message. */
    static void checkBound(FacesContext context, List<DataTable> tables) {
        int rows = tables.stream().mapToInt(DataTable::getRowCount).sum();
        if (rows > Tables.MAX_EXPORT_ROWS) {
            context.getExternalContext().responseReset();
            throw new BusinessRuleException("This table holds " + rows + " rows; an export holds at most "
                    + Tables.MAX_EXPORT_ROWS + ". Narrow it with the column filters first.");
        }
    }

    /** CSV of the rows and columns shown, formula-safe. */
    public static class Csv extends DataTableCSVExporter {

        @Override
        public void export(FacesContext context, List<DataTable> tables, ExportConfiguration config) throws IOException {
            checkBound(context, tables);
            super.export(context, tables, config);
        }

        @Override
        protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
            super.exportCellValue(context, table, column, safe(value), index);
        }

        static ColumnValue safe(ColumnValue value) {
            if (value == null || value.getValue() == null || !value.isStringValue()) {
                return value;
            }
            String text = value.getValue().toString();
            String safe = org.oretrace.kernel.csv.Csv.spreadsheetSafe(text);
            return safe.equals(text) ? value : ColumnValue.of(safe);
        }
    }

    /** Excel (xlsx) of the rows and columns shown, bounded. */
    public static class Xlsx extends DataTableExcelXExporter {

        @Override
        public void export(FacesContext context, List<DataTable> tables, ExportConfiguration config) throws IOException {
            checkBound(context, tables);
            super.export(context, tables, config);
        }
    }
}
