package org.oretrace.outreach.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.oretrace.outreach.domain.Supplier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The supplier API's list one page at a time (issue 18): it used to return every match and read each supplier's
 * contacts with a query of its own (N+1). Now three queries whatever the page: the count, the page's suppliers
 * with their categories, and the page's contacts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SupplierSearch {

    /** The most suppliers one call returns; a client walks the pages with first. */
    public static final int MAX_PAGE = 500;

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    /** Suppliers first..first+max-1 of those matching (by name, then number), contacts loaded; total counts all matches. */
    public record Page(List<Supplier> suppliers, long total) {
    }

    public Page page(Suppliers.Filter filter, int first, int max) {
        Map<String, Object> params = new HashMap<>();
        String where = Suppliers.where(filter, params);
        TypedQuery<Long> count = em.createQuery("select count(s) from Supplier s" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        TypedQuery<Supplier> query = em.createQuery("select s from Supplier s left join fetch s.category" + where
                + " order by s.name, s.supplierNumber, s.id", Supplier.class);
        params.forEach(query::setParameter);
        // the page's contacts in one query by the page's ids (IN), in each supplier's contact order (@OrderBy)
        query.setHint("eclipselink.batch", "s.contacts").setHint("eclipselink.batch.type", "IN");
        List<Supplier> found = query.setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(max, 1), MAX_PAGE)).getResultList();
        found.forEach(s -> s.getContacts().size());
        return new Page(found, total);
    }

    /** A supplier as a pick list shows it: no entity, no contacts. */
    public record Choice(long id, String name, String supplierNumber) implements java.io.Serializable {
    }

    /** The first max suppliers by name, flat (the templates screen's preview list used to load every supplier). */
    public List<Choice> choices(int max) {
        return em.createQuery("select new org.oretrace.outreach.application.SupplierSearch.Choice(s.id, s.name, s.supplierNumber)"
                        + " from Supplier s order by s.name, s.supplierNumber, s.id", Choice.class)
                .setMaxResults(Math.min(Math.max(max, 1), MAX_PAGE)).getResultList();
    }

    /** The first supplier by name, with its contacts, or null when there is none. */
    public Supplier firstByName() {
        List<Supplier> first = page(Suppliers.Filter.none(), 0, 1).suppliers();
        return first.isEmpty() ? null : first.get(0);
    }
}
