package org.oretrace.outreach.application;

import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.outreach.domain.Contact;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.SupplierCategory;
import org.oretrace.outreach.domain.SupplierStatus;
import org.oretrace.outreach.domain.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What saving a supplier's data changes ({@link Suppliers#save}, the import and the screen alike): applies each given
 * field to the supplier and its contacts, and says in words what changed, for the audit trail. A field left null is
 * left as it is.
 */
final class SupplierChanges {

    private final Suppliers suppliers;

    SupplierChanges(Suppliers suppliers) {
        this.suppliers = suppliers;
    }

    List<String> apply(Supplier s, SupplierData d) {
        List<String> changes = new ArrayList<>();
        if (d.name() != null && !d.name().strip().equals(s.getName())) {
            changes.add("name " + s.getName() + " → " + d.name().strip());
            s.rename(d.name());
        }
        if (d.category() != null) {
            SupplierCategory category = Text.clean(d.category()) == null ? null : suppliers.categoryNamed(d.category())
                    .orElseThrow(() -> new BusinessRuleException("Unknown category '" + d.category().strip() + "'; known: "
                            + suppliers.categories().stream().map(SupplierCategory::getName).toList()));
            if (category != s.getCategory() && (category == null || !category.equals(s.getCategory()))) {
                changes.add("category " + s.getCategoryName() + " → " + (category == null ? null : category.getName()));
                s.classify(category);
            }
        }
        if (d.status() != null || d.statusReason() != null) {
            SupplierStatus status = d.status() != null ? d.status() : s.getStatus();
            String reason = d.statusReason() != null ? d.statusReason() : s.getStatusReason();
            if (status != s.getStatus() || status != SupplierStatus.ACTIVE && !same(reason, s.getStatusReason())) {
                changes.add("status " + s.getStatus().label() + " → " + status.label()
                        + (status == SupplierStatus.ACTIVE || Text.clean(reason) == null ? "" : " (" + reason.strip() + ")"));
                s.changeStatus(status, reason);
            }
        }
        if (d.country() != null && !same(d.country(), s.getCountry())) {
            changes.add("country " + s.getCountry() + " → " + Text.clean(d.country()));
            s.locate(d.country());
        }
        if (d.ownerName() != null || d.ownerEmail() != null) {
            String name = d.ownerName() != null ? d.ownerName() : s.getOwnerName();
            String email = d.ownerEmail() != null ? d.ownerEmail() : s.getOwnerEmail();
            if (!same(name, s.getOwnerName()) || !same(email, s.getOwnerEmail())) {
                changes.add("owner " + s.getOwnerName() + " → " + Text.clean(name));
                s.assignOwner(name, email);
            }
        }
        if (d.notes() != null && !same(d.notes(), s.getNotes())) {
            changes.add("notes");
            s.annotate(d.notes());
        }
        if (d.contractClause() != null || d.contractClauseDate() != null) {
            boolean present = d.contractClause() != null ? d.contractClause() : d.contractClauseDate() != null || s.isContractClause();
            var since = d.contractClauseDate() != null ? d.contractClauseDate() : s.getContractClauseDate();
            if (present != s.isContractClause() || !java.util.Objects.equals(present ? since : null, s.getContractClauseDate())) {
                changes.add("contract clause " + (present ? "since " + since : "none"));
                s.contractClause(present, since);
            }
        }
        if (d.mailSenders() != null) {
            String before = s.getMailSenders();
            s.trustMailSenders(d.mailSenders());
            if (!java.util.Objects.equals(before, s.getMailSenders())) {
                changes.add("trusted mail senders " + (before == null ? "none" : before.replace("\n", ", ")) + " → "
                        + (s.getMailSenders() == null ? "none" : s.getMailSenders().replace("\n", ", ")));
            }
        }
        if (d.contacts() != null) {
            for (SupplierData.ContactData c : d.contacts()) {
                mergeContact(s, c, changes);
            }
        }
        return changes;
    }

    private void mergeContact(Supplier s, SupplierData.ContactData c, List<String> changes) {
        Optional<Contact> existing = Text.clean(c.email()) == null
                ? s.getContacts().stream().filter(x -> x.getEmail() == null && same(x.getName(), c.name())).findFirst()
                : s.contactByEmail(c.email());
        Contact contact;
        if (existing.isPresent()) {
            contact = existing.get();
            String name = c.name() != null ? c.name() : contact.getName();
            String phone = c.phone() != null ? c.phone() : contact.getPhone();
            String language = c.language() != null ? c.language() : contact.getLanguage();
            if (!same(name, contact.getName()) || !same(phone, contact.getPhone()) || !same(language, contact.getLanguage())) {
                contact.update(name, contact.getEmail(), phone, language);
                changes.add("contact " + describe(contact) + " updated");
            }
        } else {
            if (Text.clean(c.email()) == null && Text.clean(c.name()) == null && Text.clean(c.phone()) == null) {
                return;
            }
            contact = s.addContact(c.name(), c.email(), c.phone(), c.language());
            changes.add("contact " + describe(contact) + " added");
        }
        if (Boolean.TRUE.equals(c.primary()) && !contact.isPrimary()) {
            s.makePrimary(contact);
            changes.add("primary contact " + describe(contact));
        }
    }

    static String describe(Contact c) {
        return c.getEmail() != null ? c.getEmail() : c.getName();
    }

    static boolean same(String a, String b) {
        return java.util.Objects.equals(Text.clean(a), Text.clean(b));
    }
}
