package org.oretrace.intake.domain;

/** How much a finding matters: errors need the supplier to correct the file, warnings need a look. */
public enum Severity {
    ERROR, WARNING, INFO
}
