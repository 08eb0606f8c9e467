package org.oretrace.registry.domain;

/** Where an alias comes from: RMI's reference list, or a person who confirmed a match in the review queue. */
public enum AliasOrigin { REFERENCE, LEARNED }
