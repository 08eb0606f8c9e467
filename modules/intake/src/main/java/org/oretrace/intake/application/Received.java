package org.oretrace.intake.application;

/** The declaration recording a received file; {@code duplicate} when the same bytes had arrived before. */
public record Received(long declarationId, boolean duplicate) {
}
