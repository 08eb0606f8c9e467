package org.oretrace.outreach.api;

import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.outreach.application.SupplierData;
import org.oretrace.outreach.domain.SupplierStatus;
import org.oretrace.outreach.domain.Contact;
import org.oretrace.outreach.domain.Supplier;

import java.time.LocalDate;
import java.util.List;

/**
 * A supplier as the REST API shows and accepts it. On input, absent fields leave stored values unchanged. Out of scope is
 * {@code status} OUT_OF_SCOPE with {@code statusReason}; {@code inScope} is only shown (status is not OUT_OF_SCOPE).
 */
public record SupplierJson(Long id, String supplierNumber, String name, String category, Boolean inScope,
                           String country, String ownerName, String ownerEmail, String notes, Boolean contractClause,
                           LocalDate contractClauseDate, String status, String statusReason, List<ContactJson> contacts,
                           String mailSenders) {

    public record ContactJson(Long id, String name, String email, String phone, String language, Boolean primary,
                              Boolean bouncing) {
    }

    static SupplierJson of(Supplier s) {
        return new SupplierJson(s.getId(), s.getSupplierNumber(), s.getName(), s.getCategoryName(), s.isInScope(),
                s.getCountry(), s.getOwnerName(), s.getOwnerEmail(), s.getNotes(), s.isContractClause(),
                s.getContractClauseDate(), s.getStatus().name(), s.getStatusReason(),
                s.getContacts().stream().map(SupplierJson::of).toList(),
                s.getMailSenders() == null ? null : s.getMailSenders().replace("\n", ", "));
    }

    private static ContactJson of(Contact c) {
        return new ContactJson(c.getId(), c.getName(), c.getEmail(), c.getPhone(), c.getLanguage(), c.isPrimary(), c.isBouncing());
    }

    SupplierData toData(String number) {
        SupplierStatus parsed = SupplierResource.parse(SupplierStatus.class, status);
        // inScope is shown, not stored: accepted on input only when it agrees with the status (old clients send true)
        if (inScope != null && parsed != null && inScope == (parsed == SupplierStatus.OUT_OF_SCOPE)) {
            throw new BusinessRuleException("inScope " + inScope + " contradicts status " + parsed
                    + ": out of scope is the status OUT_OF_SCOPE with a statusReason");
        }
        if (Boolean.FALSE.equals(inScope) && parsed == null) {
            throw new BusinessRuleException("Out of scope is a status: send \"status\": \"OUT_OF_SCOPE\" with a \"statusReason\"");
        }
        return new SupplierData(number, name, category, parsed, statusReason, country, ownerName, ownerEmail, notes,
                contractClause, contractClauseDate, contacts == null ? null : contacts.stream()
                .map(c -> new SupplierData.ContactData(c.name(), c.email(), c.phone(), c.language(), c.primary())).toList(),
                mailSenders);
    }
}
