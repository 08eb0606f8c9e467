package org.oretrace.outreach.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the follow-up policy and the outbox sender. Timers are not persistent (no Hazelcast needed),
 * and every node may run them: the work is claimed in the database, so nothing is done twice.
 */
@Singleton
public class OutreachTimer {

    private static final Logger LOG = Logger.getLogger(OutreachTimer.class.getName());

    @Inject
    OutreachRun run;

    @Schedule(hour = "*", minute = "*", second = "15", persistent = false, info = "outreach follow-up and outbox")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        try {
            run.now();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outreach timer run failed; the next tick tries again", e);
        }
    }
}
