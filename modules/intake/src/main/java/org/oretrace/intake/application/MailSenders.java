package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.outreach.published.SupplierCard;
import org.oretrace.outreach.published.SupplierDirectory;

import java.util.List;

/**
 * Who a mail really comes from, as far as intake may link it to a supplier: a sender on exactly one
 * supplier's allow-list (outreach's "trusted mail senders") belongs to that supplier; a sender whose domain
 * the receiving server verified ({@link SenderVerification}) may be linked by the contact address it is.
 * Anything else waits on its declaration's page for a person to link it.
 */
@ApplicationScoped
public class MailSenders {

    /** The supplier the allow-list names (or null), whether the sender counts as verified, and why. */
    public record Sender(Long supplierId, boolean verified, String reason) {
    }

    @Inject
    SupplierDirectory suppliers;

    public Sender identify(String from, List<String> authenticationResults, String authservId) {
        List<SupplierCard> listed = suppliers.allowingMailFrom(from);
        if (listed.size() == 1) {
            return new Sender(listed.get(0).getId(), true, from + " is a trusted mail sender of "
                    + listed.get(0).getName());
        }
        SenderVerification.Verdict verdict = SenderVerification.check(from, authenticationResults, authservId);
        return new Sender(null, verdict.verified(), verdict.reason());
    }
}
