package org.oretrace.outreach.published;

import org.oretrace.kernel.cmrt.RmiTemplate;

import java.util.Optional;
import java.util.Set;

/** What other modules may ask of outreach's campaigns and survey requests (intake, when a CMRT comes back). */
public interface SupplierRequests {

    /** The CMRT revision the year's campaign asks for; empty when the year has no campaign. */
    Optional<String> cmrtVersion(int reportingYear);

    /** The reporting year a CMRT from this supplier most likely answers: the running campaign that asked it, else the latest. */
    Optional<Integer> currentYear(long supplierId);

    /** The year of the running campaign (the latest, should several run at once), if any. */
    Optional<Integer> runningYear();

    /** The templates (CMRT, EMRT or both) the supplier's request of the year asks for; empty when it was not asked. */
    Set<RmiTemplate> templatesAsked(long supplierId, int reportingYear);

    /** Whether the supplier was asked in the year's campaign. */
    boolean asked(long supplierId, int reportingYear);

    /** Where outreach mails the supplier about the year's request; empty when not asked or no working address. */
    Optional<String> addressee(long supplierId, int reportingYear);

    /**
     * Sends a corrective-action request by outreach's rules: through the supplier's request of the year when it was
     * asked (mailed to its contact, shown in the request's timeline, repeated by later reminders), else to the
     * address given. Either way the mail leaves through the outbox when the transaction commits.
     *
     * @param supplierId    null when the CMRT has no supplier
     * @param reportingYear null when the CMRT has no year
     * @param to            the address for a supplier not asked; ignored otherwise
     * @throws org.oretrace.kernel.BusinessRuleException when a mail not going through a request has no valid address
     */
    CorrectiveActionMail sendCorrectiveAction(Long supplierId, Integer reportingYear, String to, String subject, String body);

    /**
     * @param sentTo         the address mailed; null when kept for the next reminder (no working address)
     * @param throughRequest true when it went through the supplier's request of the year
     */
    record CorrectiveActionMail(String sentTo, boolean throughRequest) {
    }
}
