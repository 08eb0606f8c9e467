package org.oretrace.intake.testing;

import org.oretrace.intake.application.SmelterDirectory;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.country.Countries;
import org.oretrace.kernel.country.Country;
import org.oretrace.registry.application.KnownSmelter;
import org.oretrace.registry.published.MatchResult;
import org.oretrace.registry.published.ReportedSmelter;
import org.oretrace.registry.application.SmelterMatcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry as intake's own tests see it: the registry's real {@link SmelterMatcher} over RMI's
 * reference list from a real template's Smelter Look-up sheet. Records what was sent for review,
 * and lets a test mark smelters as sanctioned or as (non-)recyclers.
 */
public final class TemplateSmelterDirectory implements SmelterDirectory {

    private final Map<String, Facts> byId = new HashMap<>();
    private final SmelterMatcher matcher;
    private final Set<String> sanctioned = new HashSet<>();
    private final Map<String, Boolean> recyclers = new HashMap<>();
    private final Set<String> cahra = new HashSet<>();
    public final List<String> reviews = new ArrayList<>();

    public TemplateSmelterDirectory(String version) {
        this(List.of(version));
    }

    /**
     * The registry as it is since it holds the whole history of RMI's list: every smelter of the given versions'
     * look-up sheets (oldest first), with the facts of its newest listing and every look-up and standard name it had
     * in any of them as an alias (the registry's {@code ShippedReferenceListsTest} proves the registry holds them).
     */
    public static TemplateSmelterDirectory ofVersions(List<String> versionsOldestFirst) {
        return new TemplateSmelterDirectory(versionsOldestFirst);
    }

    /**
     * The registry once it has imported a CMRT's and an EMRT's look-up lists (registry README, "EMRT lists"): it knows
     * the 3TG smelters and the EMRT's smelters and processors of cobalt, mica and the other minerals.
     */
    public static TemplateSmelterDirectory withEmrt(String cmrtVersion, String emrtVersion) {
        return new TemplateSmelterDirectory(List.of(cmrtVersion), List.of(emrtVersion));
    }

    private TemplateSmelterDirectory(List<String> versionsOldestFirst) {
        this(versionsOldestFirst, List.of());
    }

    private TemplateSmelterDirectory(List<String> versionsOldestFirst, List<String> emrtVersions) {
        Map<String, List<String>> aliases = new HashMap<>();
        List<List<LookupEntry>> lists = new ArrayList<>();
        versionsOldestFirst.forEach(v -> lists.add(TemplateLookup.of(v)));
        emrtVersions.forEach(v -> lists.add(EmrtLookup.of(v)));
        for (List<LookupEntry> list : lists) {
            for (LookupEntry e : list) {
                if (e.smelterId() == null) {
                    continue;
                }
                Metal metal = Metal.fromText(e.metal()).orElseThrow();
                byId.put(e.smelterId(), new Facts(e.smelterId(), metal, e.standardName(), e.country(), false, null));
                List<String> names = aliases.computeIfAbsent(e.smelterId(), id -> new ArrayList<>());
                for (String name : java.util.Arrays.asList(e.lookupName(), e.standardName())) {
                    if (name != null && !names.contains(name)) {
                        names.add(name);
                    }
                }
            }
        }
        List<KnownSmelter> known = new ArrayList<>();
        byId.values().forEach(f -> known.add(new KnownSmelter(f.smelterId(), f.metal(), f.name(),
                Countries.resolve(f.country()).map(Country::code).orElse(null), aliases.get(f.smelterId()), List.of())));
        matcher = SmelterMatcher.of(known);
    }

    public TemplateSmelterDirectory sanction(String smelterId) {
        sanctioned.add(smelterId);
        return this;
    }

    /** The company flags the smelter's country as a CAHRA (the registry's country flags). */
    public TemplateSmelterDirectory cahra(String smelterId) {
        cahra.add(smelterId);
        return this;
    }

    public TemplateSmelterDirectory recycler(String smelterId, boolean isRecycler) {
        recyclers.put(smelterId, isRecycler);
        return this;
    }

    @Override
    public Decision resolve(Metal metal, String name, String country, String smelterId) {
        MatchResult r = matcher.match(new ReportedSmelter(metal, name, country, smelterId));
        return new Decision(r.isMatched() ? r.smelterId() : null, r.method().name(), r.score(), r.reason());
    }

    @Override
    public Optional<Facts> facts(String smelterId) {
        Facts f = byId.get(smelterId);
        if (f == null) {
            return Optional.empty();
        }
        return Optional.of(new Facts(f.smelterId(), f.metal(), f.name(), f.country(), sanctioned.contains(smelterId),
                recyclers.get(smelterId), cahra.contains(smelterId)));
    }

    @Override
    public void submitForReview(Metal metal, String name, String country, String smelterId, String sourceRef) {
        reviews.add(metal + "|" + name + "|" + country + "|" + sourceRef);
    }
}
