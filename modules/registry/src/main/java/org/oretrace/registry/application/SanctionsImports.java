package org.oretrace.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.registry.domain.SanctionsList;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * An SDN list import: the list is read and stored, and a screening of every smelter against it is
 * claimed, before the caller gets an answer; the screening itself (about a minute for OFAC's whole
 * list) runs in the background or, for the demo and tests, in the caller's thread.
 * <p>
 * An import that meets a running screening is refused with nothing stored, rather than stored with
 * its screening queued: a stored list is at once the newest list, which suppliers are screened against
 * and the sanctions page names, so it should not exist with its smelters unscreened; and a queue would
 * need a waiting state that some server picks up when the running screening ends, or dies. The
 * administrator imports again when the running screening is done (the refusal says how far it is).
 */
@ApplicationScoped
public class SanctionsImports {

    @Inject
    SanctionsService sanctions;

    @Inject
    SmelterScreenings screenings;

    @Inject
    CurrentUser currentUser;

    /**
     * Stores the list, claims the screening of all smelters against it and starts that in the background.
     *
     * @throws org.oretrace.kernel.BusinessRuleException when the file cannot be read (nothing stored)
     * @throws ScreeningRuns.AlreadyRunning when a screening runs on any server (nothing stored)
     */
    public SanctionsImportResult importList(InputStream sdnCsv, InputStream altCsv, String fileName, LocalDate listDate)
            throws IOException {
        SanctionsImportResult imported = storeAndClaim(sdnCsv, altCsv, fileName, listDate);
        screenings.runInBackground(imported.screeningId());
        return imported;
    }

    /** The same, screening in the caller's thread: the screening has finished (or failed) when this returns. */
    public SanctionsImportResult importListAndScreen(InputStream sdnCsv, InputStream altCsv, String fileName, LocalDate listDate)
            throws IOException {
        SanctionsImportResult imported = storeAndClaim(sdnCsv, altCsv, fileName, listDate);
        screenings.run(imported.screeningId());
        return imported;
    }

    private SanctionsImportResult storeAndClaim(InputStream sdnCsv, InputStream altCsv, String fileName, LocalDate listDate)
            throws IOException {
        SanctionsList list = sanctions.storeList(sdnCsv, altCsv, fileName, listDate);
        try {
            return SanctionsImportResult.of(list, screenings.claim(list, currentUser.name()));
        } catch (ScreeningRuns.AlreadyRunning startedMeanwhile) {
            // another screening started while the list was being stored (storeList refuses one that ran before)
            sanctions.discardList(list.getId(), startedMeanwhile.getMessage());
            throw startedMeanwhile;
        }
    }
}
