package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.registry.application.MatchResult;
import org.oretrace.registry.application.MatchReviews;
import org.oretrace.registry.application.ReportedSmelter;
import org.oretrace.registry.application.SmelterFacts;
import org.oretrace.registry.application.SmelterMatcher;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The registry module behind {@link SmelterDirectory}, through its application services only: the
 * matcher, the registry's smelter facts (which know what "sanctioned" means) and its review queue.
 */
@ApplicationScoped
public class RegistrySmelterDirectory implements SmelterDirectory {

    /** How the registry's review queue names where a reported name came from. */
    static final String SOURCE_TYPE = "Declaration";

    @Inject
    SmelterMatcher matcher;

    @Inject
    org.oretrace.registry.application.SmelterDirectory registry;

    @Inject
    MatchReviews reviews;

    @Inject
    ApplicationClock clock;

    @Override
    public Decision resolve(Metal metal, String name, String country, String smelterId) {
        MatchResult r = matcher.match(new ReportedSmelter(metal, name, country, smelterId));
        return new Decision(r.isMatched() ? r.smelterId() : null, r.method().name(), r.score(), r.reason());
    }

    @Override
    public Optional<Facts> facts(String smelterId) {
        return registry.facts(smelterId, clock.today()).map(RegistrySmelterDirectory::facts);
    }

    /** One round trip for a whole Smelter List: the registry answers many IDs at once. */
    @Override
    public Map<String, Facts> facts(Collection<String> smelterIds) {
        Map<String, Facts> found = new HashMap<>();
        registry.facts(smelterIds, clock.today()).forEach((id, f) -> found.put(id, facts(f)));
        return found;
    }

    /** The registry keeps one open review per reported name and metal; a name reported again counts one more occurrence. */
    @Override
    public void submitForReview(Metal metal, String name, String country, String smelterId, String sourceRef) {
        reviews.submit(new ReportedSmelter(metal, name, country, smelterId), SOURCE_TYPE, sourceRef);
    }

    /** The registry does not record who recycles, so that stays unknown. */
    private static Facts facts(SmelterFacts f) {
        return new Facts(f.smelterId(), f.metal(), f.standardName(), f.countryName(), f.sanctioned(), null);
    }
}
