package org.oretrace.registry.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.registry.domain.SanctionsList;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Screenings of all smelters against an SDN list version: claimed first (one at a time across
 * servers, see {@link ScreeningRuns}), then screened in a transaction of their own, now or in the
 * background. Whatever makes a screening fail, its commit included, leaves its record FAILED with
 * the reason at once, rather than RUNNING until another server takes it over.
 */
@ApplicationScoped
public class SmelterScreenings {

    private static final Logger LOG = Logger.getLogger(SmelterScreenings.class.getName());

    @Inject
    SanctionsService sanctions;

    @Inject
    ScreeningRuns runs;

    @Inject
    SmelterCatalog catalog;

    /**
     * The container's managed threads; a screening of the whole SDN list takes about a minute. The scheduled executor,
     * so that a screening starts {@link #START_DELAY_SECONDS} after the request that asked for it (tests give a plain
     * executor, which starts at once).
     */
    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    Executor background;

    /**
     * Why a screening waits before it starts: Payara 6 hands a managed task a shallow copy of the submitting request's
     * component invocation, whose registry of non-transactional entity managers is the same map; when the task ended
     * while the request was still rendering, the task's clean-up closed the request's entity manager and the page failed
     * (seen once in CI: RegistryAdminBrowserIT, "databaseSession is null" in ScreeningRuns.find). Starting the task after
     * the request has answered keeps the two apart.
     */
    static final long START_DELAY_SECONDS = 2;

    /**
     * Takes the running slot for a screening of all smelters against a list version (committed at once).
     *
     * @return the screening's id
     * @throws ScreeningRuns.AlreadyRunning when another screening is running on any server
     */
    public long claim(SanctionsList list, String actor) {
        int smelters = catalog.knownSmelters().size();
        try {
            return runs.claim(list.getId(), list.getListDate(), smelters, actor);
        } catch (PersistenceException | TransactionalException lostTheRace) {
            // the unique running slot refused our claim: another server claimed at the same moment
            LOG.log(Level.FINE, "Screening claim refused", lostTheRace);
            throw runs.refusal();
        }
    }

    /** Runs a claimed screening in the caller's thread; its record is FINISHED or FAILED when this returns. */
    public ScreeningRun run(long screeningId) {
        try {
            return sanctions.screenClaimed(screeningId);
        } catch (RuntimeException e) {
            // the screening's transaction rolled back (maybe only at commit): free the slot and say why, in a new transaction
            runs.fail(screeningId, reason(e));
            throw e;
        }
    }

    /** Runs a claimed screening on a managed thread and returns at once; its record shows the progress. */
    public void runInBackground(long screeningId) {
        try {
            Runnable task = () -> {
                try {
                    run(screeningId);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Screening " + screeningId + " failed", e);
                }
            };
            if (background instanceof ScheduledExecutorService scheduler) {
                scheduler.schedule(task, START_DELAY_SECONDS, TimeUnit.SECONDS);
            } else {
                background.execute(task);
            }
        } catch (RejectedExecutionException e) {
            runs.fail(screeningId, "could not be started: " + reason(e));
            throw new BusinessRuleException("The server is shutting down or too busy to screen now; try again later.");
        }
    }

    /** Screens every smelter against the newest list again, now (empty when no list was imported yet). */
    public Optional<ScreeningRun> rescreen(String actor) {
        return sanctions.latestList().map(list -> run(claim(list, actor)));
    }

    /** Starts screening every smelter against the newest list in the background: the screening's id, empty when no list. */
    public Optional<Long> startRescreen(String actor) {
        return sanctions.latestList().map(list -> {
            long id = claim(list, actor);
            runInBackground(id);
            return id;
        });
    }

    /** The reason a screening failed: the innermost cause says most (a constraint refused at commit, say). */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String innermost = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return root == failure ? innermost : failure.getClass().getSimpleName() + ", caused by " + innermost;
    }
}
