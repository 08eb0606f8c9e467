/**
 * What other modules may use of outreach: interfaces and immutable records only. {@link
 * org.oretrace.outreach.published.ReceivedDeclarations} goes the other way: outreach asks it, intake answers it.
 * Besides these, outreach's migrations define the views {@code outreach_supplier_name} and {@code outreach_request_state}
 * as read models for set-based queries (docs/ARCHITECTURE.md).
 */
package org.oretrace.outreach.published;
