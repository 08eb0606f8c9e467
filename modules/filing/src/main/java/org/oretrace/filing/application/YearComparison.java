package org.oretrace.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.FilingFacts;
import org.oretrace.filing.domain.FilingStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The programme year over year: one row per reporting year that has a filing. A year with a final version shows
 * the newest final version's frozen snapshot, so data changed after sign-off never rewrites history (even while a
 * correcting version N+1 is being drafted); a year without one shows its draft, computed from today's data.
 * Only drafts are computed, as a year's computation reads all of its declarations.
 */
@ApplicationScoped
public class YearComparison {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    FilingService filings;

    /** Newest reporting year first; call once per page view or request (every draft year is computed). */
    @Transactional
    public List<YearRow> rows() {
        return rows(em, filings.work());
    }

    /** Free of the container, for tests: the same queries and rules the service runs. */
    public static List<YearRow> rows(EntityManager em, FilingWork work) {
        List<Filing> latest = em.createQuery("select f from Filing f where f.version = (select max(g.version) from Filing g"
                + " where g.reportingYear = f.reportingYear) order by f.reportingYear desc", Filing.class).getResultList();
        Map<Integer, Filing> newestFinal = em.createQuery("select f from Filing f where f.status = :final and f.version ="
                        + " (select max(g.version) from Filing g where g.reportingYear = f.reportingYear and g.status = :final)",
                        Filing.class)
                .setParameter("final", FilingStatus.FINAL).getResultStream()
                .collect(Collectors.toMap(Filing::getYear, Function.identity()));
        List<YearRow> rows = new ArrayList<>(latest.size());
        for (Filing draftOrFinal : latest) {
            Filing shown = newestFinal.getOrDefault(draftOrFinal.getYear(), draftOrFinal);
            FilingFacts facts = shown.isFinal()
                    ? FilingSnapshot.fromJson(shown.getFactsJson()).facts()
                    : work.facts(shown.getYear(), Optional.of(shown));
            rows.add(YearRow.of(shown, facts));
        }
        return rows;
    }
}
