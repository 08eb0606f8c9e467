package org.oretrace.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import org.oretrace.filing.domain.Filing;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.concurrent.BackgroundWork;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Generates a filing's documents once across nodes: a request claims the filing's running slot (see
 * {@link FilingGenerations}) and renders on a managed thread, committing its progress; a request while a generation
 * runs on any node is answered with that generation. Whatever makes a generation fail leaves its record FAILED with
 * the reason at once.
 */
@ApplicationScoped
public class FilingGenerator {

    private static final Logger LOG = Logger.getLogger(FilingGenerator.class.getName());

    @Inject
    FilingService filings;

    @Inject
    FilingGenerations generations;

    @Inject
    CurrentUser currentUser;

    @Inject
    ApplicationClock clock;

    /** The server's threads, each task in an invocation of its own; rendering a large year takes seconds. */
    @Inject
    BackgroundWork background;

    /** The generation stopped because another node declared it abandoned; nothing is stored. */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super(null, null, false, false);
        }
    }

    /**
     * Starts generating the filing's documents in the background, or answers the generation of the filing already
     * running on any node. Open to every signed-in role, like reading the documents: a generation changes no data.
     */
    public FilingGenerations.Claim start(long filingId) {
        Filing filing = filings.get(filingId);
        FilingGenerations.Claim claim;
        try {
            claim = generations.claim(filingId, currentUser.name());
        } catch (PersistenceException | TransactionalException lostTheRace) {
            // the unique running slot refused our claim: another node claimed at the same moment; show its generation
            LOG.log(Level.FINE, "Generation claim refused", lostTheRace);
            return generations.running(filingId).map(g -> new FilingGenerations.Claim(g.getId(), false))
                    .orElseThrow(() -> new BusinessRuleException("Another generation started at the same moment and has "
                            + "already ended; generate again to render the documents as they are now."));
        }
        if (claim.started()) {
            runInBackground(claim.generationId(), filing, clock.today());
        }
        return claim;
    }

    /** Renders a claimed generation in the caller's thread; its record is FINISHED, FAILED or ABANDONED afterwards. */
    public void run(long generationId, Filing filing, LocalDate signedOn) {
        try {
            FilingWork work = filings.work();
            YearData data = work.liveData(filing);
            report(generationId, 25);
            List<FilingWork.GeneratedDocument> documents = work.generate(filing, data, signedOn,
                    p -> report(generationId, 25 + p * 74 / 100));
            if (!generations.finish(generationId, documents)) {
                LOG.info("Generation " + generationId + " was abandoned by another server; its documents were not stored");
            }
        } catch (Abandoned stop) {
            LOG.info("Generation " + generationId + " was abandoned by another server; stopped");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Generation " + generationId + " failed", e);
            generations.fail(generationId, BackgroundWork.reason(e));
        }
    }

    private void report(long generationId, int percent) {
        if (!generations.advance(generationId, percent)) {
            throw new Abandoned();
        }
    }

    private void runInBackground(long generationId, Filing filing, LocalDate signedOn) {
        try {
            background.execute(() -> run(generationId, filing, signedOn));
        } catch (RejectedExecutionException | jakarta.ejb.EJBException e) {
            generations.fail(generationId, "could not be started: " + BackgroundWork.reason(e));
            throw new BusinessRuleException("The server is shutting down or too busy to generate now; try again later.");
        }
    }
}
