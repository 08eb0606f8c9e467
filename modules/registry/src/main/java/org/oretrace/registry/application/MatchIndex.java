package org.oretrace.registry.application;

import org.oretrace.registry.published.MatchMethod;
import org.oretrace.registry.published.MatchResult;
import org.oretrace.registry.published.ReportedSmelter;
import org.oretrace.kernel.smelter.SmelterId;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.country.Countries;
import org.oretrace.kernel.country.Country;
import org.oretrace.kernel.names.CompanyName;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An immutable snapshot of the reference list prepared for matching: smelters by ID and one {@link MetalIndex} per
 * metal (names, trigrams, scoring). This class decides what a reported row asks for (a typed ID, "smelter not
 * listed", a name with or without metal and country) and explains the result in words; word similarity lives in
 * {@link NameSimilarity}.
 */
final class MatchIndex {

    static final double DEFAULT_THRESHOLD = 0.90;
    /** Below this a candidate is not even suggested to the reviewer. */
    static final double SUGGESTION_FLOOR = 0.50;
    /** Score given to a name equal to an alias once normalized. */
    static final double NORMALIZED_SCORE = 0.97;
    /** Confidence is multiplied by this when the reported country differs from the smelter's. */
    static final double COUNTRY_DISAGREEMENT = 0.85;
    /** Two candidates closer than this are ambiguous unless the country decides. */
    static final double AMBIGUITY_MARGIN = 0.02;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Set<String> NOT_LISTED = Set.of("smelter not listed");
    private static final Set<String> NOT_YET_IDENTIFIED = Set.of("smelter not yet identified", "unknown", "not yet identified");

    private final double threshold;
    private final Map<String, KnownSmelter> byId = new HashMap<>();
    private final Map<Metal, MetalIndex> byMetal = new EnumMap<>(Metal.class);
    private final Map<String, String> countryCodes = new ConcurrentHashMap<>();

    MatchIndex(Collection<KnownSmelter> smelters, double threshold) {
        this.threshold = threshold;
        Map<Metal, List<KnownSmelter>> grouped = new EnumMap<>(Metal.class);
        for (KnownSmelter smelter : smelters) {
            byId.put(smelter.smelterId(), smelter);
            grouped.computeIfAbsent(smelter.metal(), m -> new ArrayList<>()).add(smelter);
        }
        grouped.forEach((metal, list) -> byMetal.put(metal, new MetalIndex(list, byId, threshold)));
    }

    double threshold() {
        return threshold;
    }

    int size() {
        return byId.size();
    }

    KnownSmelter smelter(String smelterId) {
        return byId.get(smelterId);
    }

    MatchResult match(ReportedSmelter reported) {
        String note = "";
        String typedId = blankToNull(reported.smelterId());
        if (typedId != null) {
            String id = SmelterId.canonical(typedId);
            KnownSmelter byTypedId = id == null ? null : byId.get(id);
            if (id == null) {
                note = "typed ID '" + typedId.strip() + "' is not an RMI smelter ID; ";
            } else if (byTypedId == null) {
                note = "typed ID " + id + " is not in the reference list; ";
            } else if (reported.metal() != null && byTypedId.metal() != reported.metal()) {
                note = "typed ID " + id + " is a " + byTypedId.metal().displayName() + " smelter (" + byTypedId.standardName()
                        + "), not " + reported.metal().displayName() + "; ";
            } else {
                return new MatchResult(id, MatchMethod.SMELTER_ID, 1.0, "typed smelter ID " + id);
            }
        }
        String simple = simple(reported.name());
        if (simple.isEmpty()) {
            return new MatchResult(null, MatchMethod.UNRESOLVED, 0, note + "no smelter name given");
        }
        if (NOT_LISTED.contains(simple)) {
            return new MatchResult(null, MatchMethod.NOT_LISTED, 0, note + "supplier chose \"Smelter not listed\" without naming it");
        }
        if (NOT_YET_IDENTIFIED.contains(simple)) {
            return new MatchResult(null, MatchMethod.NOT_YET_IDENTIFIED, 0, note + "supplier has not identified the smelter yet");
        }
        String countryCode = countryCode(reported.country());
        if (countryCode == null && reported.country() != null && !reported.country().isBlank()
                && !reported.country().strip().equalsIgnoreCase("unknown")) {
            // reported, not guessed: the match goes on without the country
            note += "country '" + reported.country().strip() + "' not understood, not used; ";
        }
        List<String> words = CompanyName.words(reported.name());
        String key = sortedKey(words);
        if (reported.metal() == null) {
            return withNote(matchAnyMetal(simple, words, key, countryCode), note + "no metal given; ");
        }
        MetalIndex index = byMetal.get(reported.metal());
        MatchResult result = index == null
                ? new MatchResult(null, MatchMethod.UNRESOLVED, 0, "no " + reported.metal().displayName() + " smelters are known")
                : index.match(simple, words, key, countryCode);
        if (!result.isMatched()) {
            String otherMetal = otherMetal(reported.metal(), reported.name(), simple, key);
            if (otherMetal != null) {
                result = new MatchResult(null, MatchMethod.UNRESOLVED, result.score(), otherMetal + "; " + result.reason());
            }
        }
        return withNote(result, note);
    }

    private MatchResult matchAnyMetal(String simple, List<String> words, String key, String countryCode) {
        MatchResult best = null;
        Set<String> matchedIds = new LinkedHashSet<>();
        for (MetalIndex index : byMetal.values()) {
            MatchResult r = index.match(simple, words, key, countryCode);
            if (r.isMatched()) {
                matchedIds.add(r.smelterId());
            }
            if (best == null || r.score() > best.score()) {
                best = r;
            }
        }
        if (matchedIds.size() > 1) {
            return new MatchResult(null, MatchMethod.UNRESOLVED, best.score(), "the name fits smelters of several metals: " + matchedIds);
        }
        return best == null ? new MatchResult(null, MatchMethod.UNRESOLVED, 0, "no smelters are known") : best;
    }

    /** "'Asahi Pretec Corp.' is a Gold smelter (CID000082)" when the name belongs to another metal only. */
    private String otherMetal(Metal metal, String name, String simple, String key) {
        for (Map.Entry<Metal, MetalIndex> e : byMetal.entrySet()) {
            if (e.getKey() == metal) {
                continue;
            }
            Set<String> ids = e.getValue().exact.get(simple);
            if (ids == null) {
                ids = e.getValue().normalized.get(key);
            }
            if (ids != null && !ids.isEmpty()) {
                String id = ids.iterator().next();
                return "'" + name.strip() + "' is a " + e.getKey().displayName() + " smelter (" + id + "), reported as "
                        + metal.displayName();
            }
        }
        return null;
    }

    private static MatchResult withNote(MatchResult result, String note) {
        return note.isEmpty() ? result : new MatchResult(result.smelterId(), result.method(), result.score(), note + result.reason());
    }

    /** Country spellings repeat endlessly in declarations: resolve each spelling once. */
    private String countryCode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (countryCodes.size() > 10_000) {
            countryCodes.clear();
        }
        String code = countryCodes.computeIfAbsent(text, t -> Countries.resolve(t).map(Country::code).orElse(""));
        return code.isEmpty() ? null : code;
    }

    private static String sortedKey(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(null);
        return String.join(" ", sorted);
    }

    /** Case and spacing only: what "the same look-up name" means. */
    static String simple(String name) {
        return name == null ? "" : WHITESPACE.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String describe(KnownSmelter s) {
        return s.standardName() + " (" + s.smelterId() + ")";
    }

}
