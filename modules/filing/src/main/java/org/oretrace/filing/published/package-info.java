/**
 * What the filing module offers the rest of the application: where a reporting year's Form SD stands
 * ({@link org.oretrace.filing.published.FilingYears}). Entities, services and documents stay internal
 * (docs/ARCHITECTURE.md); nothing else in the application reads filing's tables.
 */
package org.oretrace.filing.published;
