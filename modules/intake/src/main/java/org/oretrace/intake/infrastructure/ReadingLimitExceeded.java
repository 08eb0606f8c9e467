package org.oretrace.intake.infrastructure;

import org.oretrace.intake.domain.RejectionCode;

/**
 * A file asked for more than {@link ReadingLimits} allow: reading stops at once and the file is rejected
 * with this code and message (meant for the supplier). Unchecked, so that it leaves the XML walking and
 * inflating loops directly; {@link CmrtReader} turns it into a rejection.
 */
final class ReadingLimitExceeded extends RuntimeException {

    private final RejectionCode code;

    ReadingLimitExceeded(RejectionCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    RejectionCode code() {
        return code;
    }
}
