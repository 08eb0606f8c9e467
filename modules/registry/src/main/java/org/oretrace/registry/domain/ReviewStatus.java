package org.oretrace.registry.domain;

/** A reported name waits (OPEN) until a person confirms its smelter or marks it as unknown. */
public enum ReviewStatus { OPEN, CONFIRMED, UNKNOWN }
