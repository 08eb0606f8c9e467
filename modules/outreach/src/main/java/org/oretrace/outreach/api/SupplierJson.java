package org.oretrace.outreach.api;

import org.oretrace.outreach.application.SupplierData;
import org.oretrace.outreach.domain.Contact;
import org.oretrace.outreach.domain.Supplier;

import java.time.LocalDate;
import java.util.List;

/** A supplier as the REST API shows and accepts it. On input, absent fields leave stored values unchanged. */
public record SupplierJson(Long id, String supplierNumber, String name, String category, Boolean inScope, String scopeReason,
                           String country, String ownerName, String ownerEmail, String notes, Boolean contractClause,
                           LocalDate contractClauseDate, String status, String statusReason, List<ContactJson> contacts,
                           String mailSenders) {

    public record ContactJson(Long id, String name, String email, String phone, String language, Boolean primary,
                              Boolean bouncing) {
    }

    static SupplierJson of(Supplier s) {
        return new SupplierJson(s.getId(), s.getSupplierNumber(), s.getName(), s.getCategoryName(), s.isInScope(),
                s.getScopeReason(), s.getCountry(), s.getOwnerName(), s.getOwnerEmail(), s.getNotes(), s.isContractClause(),
                s.getContractClauseDate(), s.getStatus().name(), s.getStatusReason(),
                s.getContacts().stream().map(SupplierJson::of).toList(),
                s.getMailSenders() == null ? null : s.getMailSenders().replace("\n", ", "));
    }

    private static ContactJson of(Contact c) {
        return new ContactJson(c.getId(), c.getName(), c.getEmail(), c.getPhone(), c.getLanguage(), c.isPrimary(), c.isBouncing());
    }

    SupplierData toData(String number) {
        return new SupplierData(number, name, category, inScope, scopeReason, country, ownerName, ownerEmail, notes,
                contractClause, contractClauseDate, contacts == null ? null : contacts.stream()
                .map(c -> new SupplierData.ContactData(c.name(), c.email(), c.phone(), c.language(), c.primary())).toList(),
                mailSenders);
    }
}
