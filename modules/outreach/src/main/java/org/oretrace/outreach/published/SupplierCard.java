package org.oretrace.outreach.published;

import java.util.List;

/**
 * A supplier as other modules see it: who it is and where outreach mails it. The JavaBean getters are for Faces
 * expressions (Jakarta EL 5 does not read record components).
 *
 * @param contactEmails every contact's address, primary first
 * @param addressee     where outreach mails the supplier (its primary or first reachable contact), null when nowhere
 */
public record SupplierCard(long id, String supplierNumber, String name, List<String> contactEmails, String addressee) {

    public SupplierCard {
        contactEmails = List.copyOf(contactEmails);
    }

    public long getId() {
        return id;
    }

    public String getSupplierNumber() {
        return supplierNumber;
    }

    public String getName() {
        return name;
    }
}
