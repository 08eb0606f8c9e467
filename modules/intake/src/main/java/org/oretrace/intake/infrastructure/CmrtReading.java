package org.oretrace.intake.infrastructure;

import org.oretrace.intake.domain.RejectionCode;

import java.util.List;

/** What reading a file gave: its content, or why it is no CMRT we can read; plus remarks for the supplier. */
public record CmrtReading(CmrtContent content, Rejection rejection, List<String> warnings) {

    public record Rejection(RejectionCode code, String message) {
    }

    static CmrtReading rejected(RejectionCode code, String message) {
        return new CmrtReading(null, new Rejection(code, message), List.of());
    }

    public boolean isRejected() {
        return rejection != null;
    }
}
