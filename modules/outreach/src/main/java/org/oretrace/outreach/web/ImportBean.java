package org.oretrace.outreach.web;

import org.oretrace.kernel.web.FieldErrors;
import org.oretrace.kernel.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.outreach.application.ImportField;
import org.oretrace.outreach.application.SupplierImport;
import org.oretrace.outreach.infrastructure.TableReader;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ERP import wizard: upload, map columns, preview every row, import. */
@Named
@ViewScoped
public class ImportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    @Inject
    SupplierImport supplierImport;

    private String fileName;
    private TableReader.Table table;
    /** Field name → column index as text ("" = not imported); text because EL cannot type map values. */
    private final Map<String, String> mapping = new HashMap<>();
    private List<SupplierImport.RowCheck> preview;
    private SupplierImport.Result result;

    @Allowed(Role.COMPLIANCE)
    public void upload(FileUploadEvent event) {
        var file = event.getFile();
        if (file.getSize() > MAX_BYTES) {
            PageMessages.errorAt("upload:file", "The file is larger than 20 MB: export only the supplier master, or split it");
            return;
        }
        TableReader.Table read = FieldErrors.at("upload:file").attempt(() -> supplierImport.read(file.getFileName(), file.getContent()));
        if (read == null) {
            return;
        }
        fileName = file.getFileName();
        table = read;
        preview = null;
        result = null;
        mapping.clear();
        supplierImport.guessMapping(table.headers()).forEach((field, column) -> mapping.put(field.name(), column.toString()));
        PageMessages.info(fileName + ": " + table.rows().size() + " rows; check the column mapping, then preview");
    }

    public void preview() {
        preview = mappingErrors().attempt(() -> supplierImport.preview(table, fieldMapping()));
        result = null;
    }

    @Allowed(Role.COMPLIANCE)
    public void runImport() {
        result = mappingErrors().attempt(() -> supplierImport.run(fileName, table, fieldMapping()));
        if (result != null) {
            PageMessages.info("Import done: " + result.summary());
            preview = null;
        }
    }

    /** A refusal of the mapping goes next to the field it names (the first one named: "Map a column to Name and ..."). */
    private FieldErrors mappingErrors() {
        List<ImportField> fields = getFields();
        FieldErrors errors = FieldErrors.at("mapping:fields:0:column");
        for (int i = 0; i < fields.size(); i++) {
            errors.when("to " + fields.get(i).label(), "mapping:fields:" + i + ":column");
        }
        return errors;
    }

    public void restart() {
        fileName = null;
        table = null;
        preview = null;
        result = null;
        mapping.clear();
    }

    private Map<ImportField, Integer> fieldMapping() {
        Map<ImportField, Integer> fields = new EnumMap<>(ImportField.class);
        mapping.forEach((field, column) -> {
            if (column != null && !column.isBlank()) {
                fields.put(ImportField.valueOf(field), Integer.valueOf(column));
            }
        });
        return fields;
    }

    public List<ImportField> getFields() {
        return List.of(ImportField.values());
    }

    public record Column(String index, String label) implements Serializable {
    }

    public List<Column> getColumns() {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String header = table.headers().get(i);
            String sample = table.rows().isEmpty() ? null : table.rows().get(0).cell(i);
            columns.add(new Column(Integer.toString(i), (header == null ? "column " + (i + 1) : header)
                    + (sample == null ? "" : "  (e.g. " + sample + ")")));
        }
        return columns;
    }

    public long count(String action) {
        return preview == null ? 0 : preview.stream().filter(r -> r.action().name().equals(action)).count();
    }

    public String getFileName() {
        return fileName;
    }

    public TableReader.Table getTable() {
        return table;
    }

    public Map<String, String> getMapping() {
        return mapping;
    }

    public List<SupplierImport.RowCheck> getPreview() {
        return preview;
    }

    public SupplierImport.Result getResult() {
        return result;
    }
}
