package org.oretrace.filing.domain;

import org.oretrace.kernel.BusinessRuleException;

/** A change was attempted on a finalized filing; start a new version instead. */
public class FilingFinalizedException extends BusinessRuleException {
    public FilingFinalizedException(String message) {
        super(message);
    }
}
