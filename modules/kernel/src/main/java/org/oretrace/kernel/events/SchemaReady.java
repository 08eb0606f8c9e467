package org.oretrace.kernel.events;

/**
 * Fired once at start-up (synchronously, by the application) after every module's migrations are
 * applied. Modules observe it to load their reference data on first start, e.g.
 * {@code void seed(@Observes SchemaReady ready)}. Observers run in no transaction of their own:
 * call a {@code @Transactional} service. A failing observer is logged and does not stop start-up.
 */
public record SchemaReady(boolean freshDatabase) {
}
