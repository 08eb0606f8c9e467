package org.oretrace.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.concurrent.BackgroundWork;
import org.oretrace.registry.domain.SanctionsList;

import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
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

    /** The server's threads, each task in an invocation of its own; a screening of the whole SDN list takes about a minute. */
    @Inject
    BackgroundWork background;

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
            runs.fail(screeningId, BackgroundWork.reason(e));
            throw e;
        }
    }

    /** Runs a claimed screening in the background and returns at once; its record shows the progress. */
    public void runInBackground(long screeningId) {
        try {
            background.execute(() -> {
                try {
                    run(screeningId);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Screening " + screeningId + " failed", e);
                }
            });
        } catch (RejectedExecutionException | jakarta.ejb.EJBException e) {
            runs.fail(screeningId, "could not be started: " + BackgroundWork.reason(e));
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
}
