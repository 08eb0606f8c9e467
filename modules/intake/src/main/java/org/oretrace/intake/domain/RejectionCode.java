package org.oretrace.intake.domain;

/** Why a received file could not be read as a CMRT. Each code has a message a supplier understands. */
public enum RejectionCode {
    EMPTY_FILE,
    NOT_XLSX,
    LEGACY_XLS,
    ENCRYPTED,
    CORRUPT_FILE,
    UNSAFE_FILE,
    TOO_LARGE,
    NOT_A_CMRT,
    OTHER_RMI_TEMPLATE,
    UNSUPPORTED_CMRT_VERSION,
    /** More filled rows (or rows nobody can identify) than any genuine CMRT has: see the intake README, Limits. */
    TOO_MANY_ROWS,
    /** Reading took longer than the per-file deadline and was stopped. */
    READ_TIMEOUT
}
