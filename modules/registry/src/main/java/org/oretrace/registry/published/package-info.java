/**
 * What other modules may use of the registry: {@link org.oretrace.registry.published.SmelterRegistry} and the immutable
 * records and enums it speaks in. Entities, repositories and services stay internal (docs/ARCHITECTURE.md).
 */
package org.oretrace.registry.published;
