package org.oretrace.intake.domain;

/** How a file reached us. */
public enum Channel {
    UPLOAD, API, MAILBOX
}
