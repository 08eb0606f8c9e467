package org.oretrace.app.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.audit.AuditEntry;
import org.oretrace.kernel.audit.AuditLog;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The audit screen: who changed what, newest first, filtered and paged in the database. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    @Inject
    transient AuditLog log;

    private String actor;
    private String entityType;
    private String text;
    private LocalDate from;
    private LocalDate to;
    /** The filter of the last search that was valid; the table shows what it finds. */
    private AuditLog.Filter applied = AuditLog.Filter.none();

    private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, log.count(applied));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return log.search(applied, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }
    };

    private AuditLog.Filter filter() {
        return new AuditLog.Filter(actor, entityType, null,
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), text);
    }

    /** Applies the filters, or says what is wrong with them (a period that ends before it starts, an over-long text). */
    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
            faces.addMessage("audit:to", new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                    "To: the period ends before it starts; choose a day on or after " + from, null));
            faces.validationFailed();
            return;
        }
        AuditLog.Filter valid = org.oretrace.kernel.web.PageMessages.attempt(this::filter);
        if (valid != null) {
            applied = valid;
        }
    }

    /** Why nothing is listed: nothing recorded at all, or nothing matches the filters. */
    public String getEmptyMessage() {
        return applied.equals(AuditLog.Filter.none()) ? "Nothing recorded yet."
                : "Nothing recorded matches these filters: widen the period or clear a filter.";
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public List<String> getActors() {
        return log.actors();
    }

    public List<String> getEntityTypes() {
        return log.entityTypes();
    }

    public String getActor() { return actor; }
    public void setActor(String v) { actor = v; }
    public String getEntityType() { return entityType; }
    public void setEntityType(String v) { entityType = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
}
