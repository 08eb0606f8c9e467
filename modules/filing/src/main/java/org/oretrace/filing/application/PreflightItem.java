package org.oretrace.filing.application;

/**
 * One thing that stands between a draft filing and a signature, with the screen that resolves it.
 *
 * @param code     stable name of the check (the API's key), e.g. {@code TEMPLATE_TEXT}
 * @param count    how many records or places are open
 * @param message  what is open, in plain language
 * @param link     the screen that resolves it (application-relative)
 */
public record PreflightItem(String code, Severity severity, long count, String message, String link)
        implements java.io.Serializable {

    /** BLOCKING items refuse finalization (an ADMIN may override with a reason); WARNINGs are shown, not enforced. */
    public enum Severity { BLOCKING, WARNING }

    public boolean isBlocking() {
        return severity == Severity.BLOCKING;
    }
}
