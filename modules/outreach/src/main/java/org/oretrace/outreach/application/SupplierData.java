package org.oretrace.outreach.application;

import org.oretrace.outreach.domain.SupplierStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person, the REST API or an ERP import says about a supplier. A null field leaves the stored
 * value as it is, so an import that maps only some columns changes only those. {@code mailSenders}: the
 * trusted mail senders (addresses and domains, see {@code TrustedSenders}); "" clears them. {@code status} with
 * {@code statusReason}: whether the supplier can be surveyed (out of scope is this status with its reason, not a flag);
 * a status other than ACTIVE needs a reason.
 */
public record SupplierData(String supplierNumber, String name, String category, SupplierStatus status, String statusReason,
                           String country, String ownerName, String ownerEmail, String notes, Boolean contractClause,
                           LocalDate contractClauseDate, List<ContactData> contacts, String mailSenders) {

    public record ContactData(String name, String email, String phone, String language, Boolean primary) {
    }
}
