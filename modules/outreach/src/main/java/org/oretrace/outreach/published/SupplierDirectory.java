package org.oretrace.outreach.published;

import java.util.List;
import java.util.Optional;

/** Outreach's suppliers, read-only, for the modules that link a returned CMRT to its supplier (intake). */
public interface SupplierDirectory {

    /** The supplier with this ID; empty for an unknown ID (never an exception: a caller's transaction goes on). */
    Optional<SupplierCard> supplier(long supplierId);

    /** The supplier with exactly this supplier number (case-insensitive), if any. */
    Optional<SupplierCard> numbered(String supplierNumber);

    /** The one supplier one of whose contacts has this address; empty when none or several do. */
    Optional<SupplierCard> byContactEmail(String email);

    /** The suppliers that trust mail from this address (normally none or one). */
    List<SupplierCard> allowingMailFrom(String address);

    /** Suppliers whose name or number contains the text, by name, at most {@code max}. */
    List<SupplierCard> search(String text, int max);

    /** Every supplier with its contacts' addresses (to suggest the sender of a CMRT that came without a supplier). */
    List<SupplierCard> withContacts();
}
