package org.oretrace.kernel.security;

import java.util.function.Supplier;

/**
 * Work the application does on its own behalf, with no person signed in: loading demo data at
 * start-up, for example. Inside {@link #run} the role guard lets calls through and the audit trail
 * names the given actor. Only server code can enter it; nothing a request carries can.
 */
public final class SystemActor {

    private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();

    private SystemActor() {
    }

    public static <T> T run(String actor, Supplier<T> work) {
        String previous = ACTOR.get();
        ACTOR.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ACTOR.remove();
            } else {
                ACTOR.set(previous);
            }
        }
    }

    public static void run(String actor, Runnable work) {
        run(actor, () -> {
            work.run();
            return null;
        });
    }

    /** The actor of the work this thread is doing on the application's behalf, or null. */
    public static String current() {
        return ACTOR.get();
    }
}
