package org.oretrace.kernel.audit;

import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.InputLimits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit trail: the audit screen, and a record's history on its own page. Read-only by design. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    /** What to look for; null fields are not filtered on. {@code to} is exclusive. */
    public record Filter(String actor, String entityType, String entityId, Instant from, Instant to, String text) implements java.io.Serializable {
        /** Refuses filters longer than any value they can match, and a period that ends before it starts. */
        public Filter {
            InputLimits.search(text);
            InputLimits.text("Actor", actor, 200);
            InputLimits.text("Record type", entityType, 100);
            InputLimits.text("Record id", entityId, 200);
            if (from != null && to != null && !from.isBefore(to)) {
                throw new BusinessRuleException("The period ends before it starts: 'from' must be before 'to'");
            }
        }

        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }

        public static Filter forRecord(String entityType, String entityId) {
            return new Filter(null, entityType, entityId, null, null, null);
        }
    }

    public AuditLog() {
    }

    /** For plain Java use (tests). */
    public AuditLog(EntityManager em) {
        this.em = em;
    }

    public List<AuditEntry> search(Filter filter, int first, int max) {
        TypedQuery<AuditEntry> query = build(filter, "select a from AuditEntry a", " order by a.occurredAt desc, a.id desc", AuditEntry.class);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Filter filter) {
        return build(filter, "select count(a) from AuditEntry a", "", Long.class).getSingleResult();
    }

    public List<String> entityTypes() {
        return em.createQuery("select distinct a.entityType from AuditEntry a order by a.entityType", String.class).getResultList();
    }

    public List<String> actors() {
        return em.createQuery("select distinct a.actor from AuditEntry a order by a.actor", String.class).getResultList();
    }

    private <T> TypedQuery<T> build(Filter filter, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        if (notBlank(filter.actor())) {
            where.add("a.actor = :actor");
        }
        if (notBlank(filter.entityType())) {
            where.add("a.entityType = :type");
        }
        if (notBlank(filter.entityId())) {
            where.add("a.entityId = :id");
        }
        if (filter.from() != null) {
            where.add("a.occurredAt >= :from");
        }
        if (filter.to() != null) {
            where.add("a.occurredAt < :to");
        }
        if (notBlank(filter.text())) {
            where.add("(lower(a.summary) like :text or lower(a.entityId) like :text)");
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        if (notBlank(filter.actor())) {
            query.setParameter("actor", filter.actor());
        }
        if (notBlank(filter.entityType())) {
            query.setParameter("type", filter.entityType());
        }
        if (notBlank(filter.entityId())) {
            query.setParameter("id", filter.entityId());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        if (notBlank(filter.text())) {
            query.setParameter("text", "%" + filter.text().strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        return query;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
