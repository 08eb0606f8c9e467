package org.oretrace.registry.domain;

/** A screening hit waits for a person (OPEN) who confirms it as a true match or dismisses it. */
public enum HitStatus { OPEN, CONFIRMED, DISMISSED }
