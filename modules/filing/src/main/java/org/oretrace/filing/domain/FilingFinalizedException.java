package org.oretrace.filing.domain;

/** A change was attempted on a finalized filing; start a new version instead. */
public class FilingFinalizedException extends IllegalStateException {
    public FilingFinalizedException(String message) {
        super(message);
    }
}
