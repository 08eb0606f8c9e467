package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.registry.published.MatchResult;
import org.oretrace.registry.published.ReportedSmelter;
import org.oretrace.registry.published.SmelterFacts;
import org.oretrace.registry.published.SmelterRegistry;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The registry module behind {@link SmelterDirectory}, through its published API only: the matcher, the registry's
 * smelter facts (which know what "sanctioned" means) and its review queue.
 */
@ApplicationScoped
public class RegistrySmelterDirectory implements SmelterDirectory {

    /** How the registry's review queue names where a reported name came from. */
    static final String SOURCE_TYPE = "Declaration";

    @Inject
    SmelterRegistry registry;

    @Inject
    ApplicationClock clock;

    @Override
    public Decision resolve(Metal metal, String name, String country, String smelterId) {
        MatchResult r = registry.match(new ReportedSmelter(metal, name, country, smelterId));
        return new Decision(r.isMatched() ? r.smelterId() : null, r.method().name(), r.score(), r.reason());
    }

    @Override
    public Optional<Facts> facts(String smelterId) {
        return Optional.ofNullable(registry.facts(List.of(smelterId), clock.today()).get(smelterId)).map(RegistrySmelterDirectory::facts);
    }

    /**
     * The registry has no recycler flag (RMI's reference list in the CMRT carries none, and its source is "RMI"
     * for every smelter), so the only thing it knows is a name that says so: "Attero Recycling", "Eco-System
     * Recycling". TRUE then, otherwise null (unknown): a name without the word proves nothing.
     */
    static Boolean recyclerByName(List<String> names) {
        for (String name : names) {
            String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
            if (lower.contains("recycl")) {
                return Boolean.TRUE;
            }
        }
        return null;
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
        registry.submitForReview(new ReportedSmelter(metal, name, country, smelterId), SOURCE_TYPE, sourceRef);
    }

    private static Facts facts(SmelterFacts f) {
        return new Facts(f.smelterId(), f.metal(), f.standardName(), f.countryName(), f.sanctioned(),
                recyclerByName(List.of(f.standardName())), f.cahra());
    }
}
