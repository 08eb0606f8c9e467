package org.oretrace.outreach.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.domain.Contact;
import org.oretrace.outreach.domain.RequestState;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.SupplierCategory;
import org.oretrace.outreach.domain.SupplierStatus;
import org.oretrace.outreach.domain.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The supplier master: finding, creating and changing suppliers, their contacts and categories. */
@ApplicationScoped
@Transactional
public class Suppliers {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ApplicationClock clock;

    /** The registry's sanctions screening, when the registry is deployed (outreach does not depend on it). */
    @Inject
    jakarta.enterprise.inject.Instance<org.oretrace.kernel.screening.NameScreening> screening;

    public record Filter(String text, Long categoryId, Boolean inScope, SupplierStatus status, Integer campaignYear,
                         RequestState requestState) {
        /** Refuses a search text longer than a search can be (InputLimits). */
        public Filter {
            org.oretrace.kernel.InputLimits.search(text);
        }

        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    public record Saved(Supplier supplier, boolean created, List<String> changes) {
    }

    public List<Supplier> search(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String jpql = "select s from Supplier s left join fetch s.category" + where(filter, params)
                + " order by s.name, s.supplierNumber";
        TypedQuery<Supplier> query = em.createQuery(jpql, Supplier.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The filter as a JPQL where clause on {@code s} (a Supplier), its parameters put in {@code params}. */
    static String where(Filter filter, Map<String, Object> params) {
        StringBuilder jpql = new StringBuilder(" where 1 = 1");
        if (Text.clean(filter.text()) != null) {
            jpql.append(" and (lower(s.name) like :text or lower(s.supplierNumber) like :text)");
            params.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.categoryId() != null) {
            jpql.append(" and s.category.id = :category");
            params.put("category", filter.categoryId());
        }
        if (filter.inScope() != null) {
            // in scope is the status: anything but OUT_OF_SCOPE
            jpql.append(filter.inScope() ? " and s.status <> :outOfScope" : " and s.status = :outOfScope");
            params.put("outOfScope", SupplierStatus.OUT_OF_SCOPE);
        }
        if (filter.status() != null) {
            jpql.append(" and s.status = :status");
            params.put("status", filter.status());
        }
        if (filter.campaignYear() != null && filter.requestState() != null) {
            jpql.append(" and exists (select r from SurveyRequest r where r.supplier = s and r.campaign.reportingYear = :year"
                    + " and r.state = :state)");
            params.put("year", filter.campaignYear());
            params.put("state", filter.requestState());
        } else if (filter.campaignYear() != null) {
            jpql.append(" and exists (select r from SurveyRequest r where r.supplier = s and r.campaign.reportingYear = :year)");
            params.put("year", filter.campaignYear());
        }
        return jpql.toString();
    }

    public long count() {
        return em.createQuery("select count(s) from Supplier s", Long.class).getSingleResult();
    }

    public Supplier get(long id) {
        Supplier supplier = em.find(Supplier.class, id);
        if (supplier == null) {
            throw new NoSuchElementException("No supplier with id " + id);
        }
        supplier.getContacts().size();
        return supplier;
    }

    public Optional<Supplier> findBySupplierNumber(String supplierNumber) {
        String number = Text.clean(supplierNumber);
        if (number == null) {
            return Optional.empty();
        }
        return em.createQuery("select s from Supplier s where s.supplierNumber = :n", Supplier.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    /** The supplier one of whose contacts has this address (intake links returned CMRTs by sender). */
    public Optional<Supplier> findByContactEmail(String email) {
        String address = Text.clean(email);
        if (address == null) {
            return Optional.empty();
        }
        List<Supplier> found = em.createQuery("select distinct c.supplier from Contact c where lower(c.email) = :e", Supplier.class)
                .setParameter("e", address.toLowerCase(Locale.ROOT)).getResultList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The suppliers that trust mail from this address (intake links mailed CMRTs by it); normally none or one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Supplier> allowingMailFrom(String address) {
        if (Text.clean(address) == null) {
            return List.of();
        }
        return em.createQuery("select s from Supplier s where s.mailSenders is not null", Supplier.class).getResultList()
                .stream().filter(s -> s.trustsMailFrom(address)).toList();
    }

    /** Every supplier with its contacts in one query (intake suggests the supplier of a CMRT that came without one). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Supplier> withContacts() {
        return em.createQuery("select distinct s from Supplier s left join fetch s.contacts", Supplier.class).getResultList();
    }

    public List<SupplierCategory> categories() {
        return em.createQuery("select c from SupplierCategory c order by c.position, c.name", SupplierCategory.class)
                .getResultList();
    }

    public Optional<SupplierCategory> categoryNamed(String name) {
        String clean = Text.clean(name);
        if (clean == null) {
            return Optional.empty();
        }
        return categories().stream().filter(c -> c.getName().equalsIgnoreCase(clean)).findFirst();
    }

    @Allowed(Role.ADMIN)
    public SupplierCategory addCategory(String name) {
        if (categoryNamed(name).isPresent()) {
            throw new BusinessRuleException("There is already a category " + name.strip());
        }
        SupplierCategory category = new SupplierCategory(name, categories().size() + 1);
        em.persist(category);
        em.flush();
        audit.record("SupplierCategory", category.getId(), "created", category.getName());
        return category;
    }

    @Allowed(Role.ADMIN)
    public void renameCategory(long id, String name) {
        SupplierCategory category = em.find(SupplierCategory.class, id);
        Optional<SupplierCategory> clash = categoryNamed(name);
        if (clash.isPresent() && !clash.get().equals(category)) {
            throw new BusinessRuleException("There is already a category " + name.strip());
        }
        String before = category.getName();
        category.rename(name);
        audit.record("SupplierCategory", id, "renamed", before + " → " + category.getName());
    }

    /** Creates the supplier or updates the one with the same supplier number. */
    @Allowed(Role.COMPLIANCE)
    public Saved save(SupplierData data) {
        return saveAs(data, null);
    }

    Saved saveAs(SupplierData data, String actor) {
        Optional<Supplier> existing = findBySupplierNumber(data.supplierNumber());
        Supplier supplier = existing.orElseGet(() -> new Supplier(data.supplierNumber(), data.name(), clock.now()));
        List<String> changes = new SupplierChanges(this).apply(supplier, data);
        if (existing.isEmpty()) {
            em.persist(supplier);
            em.flush();
            record(actor, supplier, "created", supplier.getName());
        } else if (!changes.isEmpty()) {
            supplier.touched(clock.now());
            record(actor, supplier, "updated", String.join("; ", changes));
        }
        if (existing.isEmpty() || !changes.isEmpty()) {
            screen(supplier);
        }
        return new Saved(supplier, existing.isEmpty(), changes);
    }

    /** New and renamed suppliers are screened against the sanctions list; hits wait in the registry's review queue. */
    private void screen(Supplier supplier) {
        if (screening.isResolvable()) {
            screening.get().screenSupplier(supplier.getId().toString(), supplier.getName(), supplier.getCountry());
        }
    }

    /** True when a person confirmed a sanctions hit for the supplier (false without the registry). */
    public boolean isSanctioned(Supplier supplier) {
        return screening.isResolvable() && screening.get().isSanctionedSupplier(supplier.getId().toString());
    }

    private void record(String actor, Supplier supplier, String action, String summary) {
        if (actor == null) {
            audit.record("Supplier", supplier.getSupplierNumber(), action, summary);
        } else {
            audit.recordAs(actor, "Supplier", supplier.getSupplierNumber(), action, summary);
        }
    }

    @Allowed(Role.COMPLIANCE)
    public Contact addContact(long supplierId, SupplierData.ContactData data) {
        Supplier supplier = get(supplierId);
        if (Text.clean(data.email()) != null && supplier.contactByEmail(data.email()).isPresent()) {
            throw new BusinessRuleException(data.email().strip() + " is already a contact of " + supplier.getName()
                    + ": change that contact in the list above, or give another address");
        }
        Contact contact = supplier.addContact(data.name(), data.email(), data.phone(), data.language());
        if (Boolean.TRUE.equals(data.primary())) {
            supplier.makePrimary(contact);
        }
        supplier.touched(clock.now());
        em.flush();
        audit.record("Supplier", supplier.getSupplierNumber(), "contact added", SupplierChanges.describe(contact));
        return contact;
    }

    @Allowed(Role.COMPLIANCE)
    public void updateContact(long contactId, SupplierData.ContactData data) {
        Contact contact = contact(contactId);
        Supplier supplier = contact.getSupplier();
        if (Text.clean(data.email()) != null) {
            supplier.contactByEmail(data.email()).filter(other -> other != contact).ifPresent(other -> {
                throw new BusinessRuleException(data.email().strip() + " is already a contact of " + supplier.getName()
                        + ": change that contact in the list above, or give another address");
            });
        }
        contact.update(data.name(), data.email(), data.phone(), data.language());
        if (Boolean.TRUE.equals(data.primary())) {
            supplier.makePrimary(contact);
        }
        supplier.touched(clock.now());
        audit.record("Supplier", supplier.getSupplierNumber(), "contact updated", SupplierChanges.describe(contact));
    }

    @Allowed(Role.COMPLIANCE)
    public void makePrimary(long contactId) {
        Contact contact = contact(contactId);
        contact.getSupplier().makePrimary(contact);
        audit.record("Supplier", contact.getSupplier().getSupplierNumber(), "primary contact", SupplierChanges.describe(contact));
    }

    @Allowed(Role.COMPLIANCE)
    public void clearBouncing(long contactId) {
        Contact contact = contact(contactId);
        contact.clearBouncing();
        audit.record("Supplier", contact.getSupplier().getSupplierNumber(), "contact reachable again", SupplierChanges.describe(contact));
    }

    @Allowed(Role.COMPLIANCE)
    public void removeContact(long contactId) {
        Contact contact = contact(contactId);
        Supplier supplier = contact.getSupplier();
        supplier.removeContact(contact);
        audit.record("Supplier", supplier.getSupplierNumber(), "contact removed", SupplierChanges.describe(contact));
    }

    /** Marks a supplier unreachable or out of scope (with the reason) or active again; open requests follow. */
    @Allowed(Role.COMPLIANCE)
    public void changeStatus(long supplierId, SupplierStatus status, String reason) {
        Supplier supplier = get(supplierId);
        SupplierStatus before = supplier.getStatus();
        supplier.changeStatus(status, reason);
        supplier.touched(clock.now());
        if (status == SupplierStatus.UNREACHABLE) {
            em.createQuery("select r from SurveyRequest r where r.supplier = :s and r.campaign.status <> "
                            + "org.oretrace.outreach.domain.CampaignStatus.CLOSED", org.oretrace.outreach.domain.SurveyRequest.class)
                    .setParameter("s", supplier).getResultList().forEach(org.oretrace.outreach.domain.SurveyRequest::unreachable);
        }
        audit.record("Supplier", supplier.getSupplierNumber(), "status", before.label() + " → " + status.label()
                + (supplier.getStatusReason() == null ? "" : ": " + supplier.getStatusReason()));
    }

    private Contact contact(long id) {
        Contact contact = em.find(Contact.class, id);
        if (contact == null) {
            throw new NoSuchElementException("No contact with id " + id);
        }
        return contact;
    }
}
