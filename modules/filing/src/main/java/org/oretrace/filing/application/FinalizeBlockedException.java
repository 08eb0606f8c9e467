package org.oretrace.filing.application;

import org.oretrace.kernel.BusinessRuleException;

import java.util.List;

/**
 * Finalization refused because BLOCKING pre-flight items remain: a business rule (screens show the message), answered
 * 409 with the items by the API, since resolving them elsewhere makes the same request succeed.
 */
public class FinalizeBlockedException extends BusinessRuleException {

    private final transient List<PreflightItem> items;

    public FinalizeBlockedException(List<PreflightItem> items) {
        super("Cannot finalize: " + items.size() + " blocking pre-flight item" + (items.size() == 1 ? "" : "s")
                + " remain (" + String.join("; ", items.stream().map(PreflightItem::message).toList())
                + "). Resolve them, or an administrator may finalize anyway with a written reason.");
        this.items = List.copyOf(items);
    }

    public List<PreflightItem> items() {
        return items;
    }
}
