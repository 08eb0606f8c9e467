package org.oretrace.filing.application;

import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/**
 * The versions of a reporting year of one of filing's versioned entities (a {@code Filing}, our {@code CompanyCmrt}):
 * each has {@code reportingYear} and {@code version}, and the newest version is the current one. One place for the
 * queries both services ask.
 */
public final class YearVersions<T> {

    private final Class<T> type;
    private final String query;
    private final String kindQuery;

    public YearVersions(Class<T> type) {
        this.type = type;
        // JPQL names the entity (its simple class name), never a table
        this.query = "select e from " + type.getSimpleName() + " e where e.reportingYear = :y order by e.version desc";
        this.kindQuery = "select e from " + type.getSimpleName() + " e where e.reportingYear = :y and e.kind = :k"
                + " order by e.version desc";
    }

    /** Newest first, of one kind (an entity with a {@code kind}, e.g. our CMRT and our EMRT). */
    public List<T> all(EntityManager em, int year, Object kind) {
        return em.createQuery(kindQuery, type).setParameter("y", year).setParameter("k", kind).getResultList();
    }

    /** The newest version of one kind, or empty. */
    public Optional<T> current(EntityManager em, int year, Object kind) {
        return em.createQuery(kindQuery, type).setParameter("y", year).setParameter("k", kind).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Newest first. */
    public List<T> all(EntityManager em, int year) {
        return em.createQuery(query, type).setParameter("y", year).getResultList();
    }

    /** The newest version, or empty when the year has none. */
    public Optional<T> current(EntityManager em, int year) {
        return em.createQuery(query, type).setParameter("y", year).setMaxResults(1).getResultStream().findFirst();
    }
}
