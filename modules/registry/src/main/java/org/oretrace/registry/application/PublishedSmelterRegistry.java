package org.oretrace.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.registry.published.MatchResult;
import org.oretrace.registry.published.ReportedSmelter;
import org.oretrace.registry.published.SmelterFacts;
import org.oretrace.registry.published.SmelterRegistry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** The registry's published API, answered by the services that own each rule. */
@ApplicationScoped
public class PublishedSmelterRegistry implements SmelterRegistry {

    @Inject
    SmelterDirectory directory;

    @Inject
    SmelterMatcher matcher;

    @Inject
    MatchReviews reviews;

    @Inject
    SanctionsService sanctions;

    @jakarta.persistence.PersistenceContext(unitName = "oretrace")
    jakarta.persistence.EntityManager em;

    /**
     * The read side wired outside the container (persistence tests and benchmarks of the modules that use it): facts,
     * open reviews and open hits; matching needs the container's matcher.
     */
    public static PublishedSmelterRegistry outsideContainer(jakarta.persistence.EntityManager em) {
        SanctionsService sanctions = new SanctionsService();
        sanctions.em = em;
        CountryFlags flags = new CountryFlags();
        flags.em = em;
        SmelterDirectory directory = new SmelterDirectory();
        directory.em = em;
        directory.sanctions = sanctions;
        directory.countryFlags = flags;
        MatchReviews reviews = new MatchReviews();
        reviews.em = em;
        PublishedSmelterRegistry registry = new PublishedSmelterRegistry();
        registry.em = em;
        registry.directory = directory;
        registry.sanctions = sanctions;
        registry.reviews = reviews;
        return registry;
    }

    @Override
    public Map<String, SmelterFacts> facts(Collection<String> smelterIds, LocalDate onDate) {
        return directory.facts(smelterIds, onDate);
    }

    @Override
    public MatchResult match(ReportedSmelter reported) {
        return matcher.match(reported);
    }

    @Override
    public void submitForReview(ReportedSmelter reported, String sourceType, String sourceRef) {
        reviews.submit(reported, sourceType, sourceRef);
    }

    @Override
    public long openReviewsAmong(Collection<ReportedSmelter> reported) {
        return reviews.openAmong(reported);
    }

    @Override
    public long openSanctionsHits(Collection<String> smelterIds) {
        return sanctions.openSmelterHits(smelterIds);
    }

    @Override
    public java.util.Map<String, String> confirmedSanctionsReasons(Collection<String> smelterIds) {
        return sanctions.confirmedSmelterReasons(smelterIds);
    }

    @Override
    public java.util.Map<String, String> confirmedSanctionsEntries(Collection<String> smelterIds) {
        return sanctions.confirmedSmelterEntries(smelterIds);
    }

    /** The registry's smelters, names, RMAP statuses, country flags and screening decisions (not the SDN list itself). */
    @Override
    public String dataStamp() {
        return org.oretrace.kernel.persistence.DataStamp.of(em, "smelter", "smelter_alias", "smelter_rename",
                "rmap_status_term", "rmap_status_entry", "rmap_import", "reference_list_import", "country_flag",
                "screening_hit", "match_review");
    }
}
