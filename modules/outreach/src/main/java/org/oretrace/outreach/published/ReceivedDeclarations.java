package org.oretrace.outreach.published;

import java.util.List;

/**
 * The declarations a supplier sent, for the supplier page. Intake depends on outreach, so intake
 * provides this as a CDI bean; without intake the page shows the declaration ids its events named.
 */
public interface ReceivedDeclarations {

    List<DeclarationLink> forSupplier(long supplierId);

    /** @param link the page of the declaration, relative to the context root */
    record DeclarationLink(long declarationId, Integer reportingYear, String fileName, String outcome, String link) {
    }
}
