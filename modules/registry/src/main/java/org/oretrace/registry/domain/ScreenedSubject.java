package org.oretrace.registry.domain;

/** What is screened against the sanctions list. */
public enum ScreenedSubject { SMELTER, SUPPLIER }
