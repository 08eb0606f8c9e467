package org.oretrace.intake.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;

import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads what was stored but not read yet: files of a batch interrupted by a crash or restart,
 * declarations queued to be read again, and claims left by a node that died. Runs on every node
 * (non-persistent timer); the claim in the database keeps nodes from reading the same file twice.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IntakeQueue {

    private static final Logger LOG = Logger.getLogger(IntakeQueue.class.getName());
    private static final int BATCH = 25;

    @Inject
    Declarations declarations;

    @Inject
    DeclarationIntake intake;

    @Inject
    ApplicationClock clock;

    /**
     * One drain at a time on this node, but a drain that has not finished after the claim timeout no longer
     * counts: a stuck drain (a read that never returns) must not stop intake until a restart. Concurrency is
     * managed here, not by the container's write lock, which would queue every timer tick behind a stuck drain.
     */
    private final DrainLease lease = new DrainLease(DeclarationProcessor.CLAIM_TIMEOUT);

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void drainOnTimer() {
        drain();
    }

    /** Reads queued declarations until none is left; returns how many this node read. */
    public int drain() {
        Instant started = clock.now();
        if (!lease.tryStart(started)) {
            return 0;
        }
        int read = 0;
        try {
            List<Long> ids;
            do {
                ids = declarations.queued(clock.now().minus(DeclarationProcessor.CLAIM_TIMEOUT), BATCH);
                for (Long id : ids) {
                    if (intake.read(id, CurrentUser.SYSTEM) != null) {
                        read++;
                    }
                }
            } while (ids.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The intake queue stopped early; it resumes at the next tick", e);
        } finally {
            lease.finish(started);
        }
        return read;
    }
}
