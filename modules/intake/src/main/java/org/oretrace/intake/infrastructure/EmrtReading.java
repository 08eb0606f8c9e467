package org.oretrace.intake.infrastructure;

import org.oretrace.intake.domain.RejectionCode;

import java.util.List;

/** What reading an EMRT gave: its content, or why it is no EMRT we can read; plus remarks for the supplier. */
public record EmrtReading(EmrtContent content, CmrtReading.Rejection rejection, List<String> warnings) {

    static EmrtReading rejected(RejectionCode code, String message) {
        return new EmrtReading(null, new CmrtReading.Rejection(code, message), List.of());
    }

    static EmrtReading of(CmrtReading rejected) {
        return new EmrtReading(null, rejected.rejection(), List.of());
    }

    public boolean isRejected() {
        return rejection != null;
    }
}
