package org.oretrace.registry.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** How far the running screening is (per node), for the progress bar. */
@ApplicationScoped
public class ScreeningProgress {

    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicReference<String> state = new AtomicReference<>("idle");

    /** Returns false when a screening is already running on this node. */
    public boolean start(int subjects) {
        if (!state.compareAndSet("idle", "running") && !state.compareAndSet("finished", "running")
                && !state.compareAndSet("failed", "running")) {
            return false;
        }
        done.set(0);
        total.set(Math.max(1, subjects));
        return true;
    }

    public void advance() {
        done.incrementAndGet();
    }

    public void finish(boolean ok) {
        done.set(total.get());
        state.set(ok ? "finished" : "failed");
    }

    public boolean isRunning() {
        return "running".equals(state.get());
    }

    public String state() {
        return state.get();
    }

    public int percent() {
        return (int) Math.min(100, Math.round(100.0 * done.get() / Math.max(1, total.get())));
    }
}
