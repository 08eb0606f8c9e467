package org.oretrace.outreach.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.outreach.domain.Contact;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.published.SupplierCard;
import org.oretrace.outreach.published.SupplierDirectory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Outreach's published {@link SupplierDirectory}, answered by {@link Suppliers}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedSupplierDirectory implements SupplierDirectory {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    Suppliers suppliers;

    /** Read directly: {@code Suppliers.get} throws for an unknown id, which would mark the caller's transaction for rollback. */
    @Override
    public Optional<SupplierCard> supplier(long supplierId) {
        return Optional.ofNullable(em.find(Supplier.class, supplierId)).map(PublishedSupplierDirectory::card);
    }

    @Override
    public Optional<SupplierCard> numbered(String supplierNumber) {
        if (supplierNumber == null || supplierNumber.isBlank()) {
            return Optional.empty();
        }
        return suppliers.search(new Suppliers.Filter(supplierNumber.strip(), null, null, null, null, null)).stream()
                .filter(s -> s.getSupplierNumber().equalsIgnoreCase(supplierNumber.strip())).findFirst()
                .map(PublishedSupplierDirectory::card);
    }

    @Override
    public Optional<SupplierCard> byContactEmail(String email) {
        return suppliers.findByContactEmail(email).map(PublishedSupplierDirectory::card);
    }

    @Override
    public List<SupplierCard> allowingMailFrom(String address) {
        return suppliers.allowingMailFrom(address).stream().map(PublishedSupplierDirectory::card).toList();
    }

    @Override
    public List<SupplierCard> search(String text, int max) {
        return suppliers.search(new Suppliers.Filter(text, null, null, null, null, null)).stream()
                .sorted(Comparator.comparing(Supplier::getName, String.CASE_INSENSITIVE_ORDER)).limit(max)
                .map(PublishedSupplierDirectory::card).toList();
    }

    @Override
    public List<SupplierCard> withContacts() {
        return suppliers.withContacts().stream().map(PublishedSupplierDirectory::card).toList();
    }

    static SupplierCard card(Supplier s) {
        return new SupplierCard(s.getId(), s.getSupplierNumber(), s.getName(),
                s.getContacts().stream().map(Contact::getEmail).toList(), s.addressee().map(Contact::getEmail).orElse(null));
    }
}
