package org.oretrace.kernel.reports;

import java.util.Optional;

/**
 * What a supplier has to correct in a CMRT it returned, for outreach's follow-up: a reminder to a
 * supplier whose declaration needs follow-up names the findings even when nobody sent intake's
 * corrective-action mail. Outreach must not depend on intake, which holds the declarations, so intake
 * implements this as a CDI bean; inject {@code Instance<DeclarationFindings>} and check
 * {@code isResolvable()} to stay usable without it.
 */
public interface DeclarationFindings {

    /**
     * Intake's corrective-action text of the declaration (the draft a person would see on the
     * declaration's page), signed with {@code signature}; empty when the declaration does not exist
     * or does not need follow-up.
     */
    Optional<String> correctiveText(long declarationId, String signature);
}
