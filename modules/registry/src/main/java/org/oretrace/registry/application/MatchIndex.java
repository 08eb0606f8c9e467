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
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An immutable snapshot of the reference list prepared for matching: hash maps for IDs, exact and
 * normalized names, and per metal a character-trigram index that finds fuzzy candidates without
 * comparing a name with every alias. Candidates are scored with soft TF-IDF over the name's words
 * (rare words weigh more than "tin" or "smelting"; a word with one typo still counts).
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
        grouped.forEach((metal, list) -> byMetal.put(metal, new MetalIndex(list)));
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

    /** Everything known of one metal's smelters. */
    private final class MetalIndex {
        final Map<String, Set<String>> exact = new HashMap<>();
        final Map<String, Set<String>> learned = new HashMap<>();
        final Map<String, Set<String>> normalized = new HashMap<>();
        final List<Alias> aliases = new ArrayList<>();
        final Map<String, int[]> trigrams = new HashMap<>();
        final Map<String, Double> idf = new HashMap<>();
        final Map<String, MatchResult> fuzzyResults = new ConcurrentHashMap<>();
        final double unknownWordIdf;

        MetalIndex(List<KnownSmelter> smelters) {
            Map<String, Integer> df = new HashMap<>();
            List<String[]> raw = new ArrayList<>();
            for (KnownSmelter s : smelters) {
                Set<String> names = new LinkedHashSet<>();
                names.add(s.standardName());
                names.addAll(s.aliases());
                for (String name : names) {
                    add(exact, simple(name), s.smelterId());
                    add(normalized, CompanyName.key(name), s.smelterId());
                    raw.add(new String[]{s.smelterId(), name});
                }
                for (String name : s.learnedAliases()) {
                    add(learned, simple(name), s.smelterId());
                    add(normalized, CompanyName.key(name), s.smelterId());
                    raw.add(new String[]{s.smelterId(), name});
                }
            }
            List<List<String>> wordsOf = new ArrayList<>();
            for (String[] r : raw) {
                List<String> words = List.copyOf(new LinkedHashSet<>(CompanyName.words(r[1])));
                wordsOf.add(words);
                words.forEach(w -> df.merge(w, 1, Integer::sum));
            }
            int n = raw.size();
            df.forEach((w, f) -> idf.put(w, Math.log((n + 1.0) / f)));
            unknownWordIdf = Math.log(n + 1.0);
            Map<String, List<Integer>> postings = new HashMap<>();
            for (int i = 0; i < raw.size(); i++) {
                Alias alias = new Alias(raw.get(i)[0], raw.get(i)[1], wordsOf.get(i));
                aliases.add(alias);
                for (String g : trigramsOf(alias.key)) {
                    postings.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
                }
            }
            postings.forEach((g, list) -> trigrams.put(g, list.stream().mapToInt(Integer::intValue).toArray()));
        }

        MatchResult match(String simple, List<String> words, String key, String countryCode) {
            Set<String> ids = learned.get(simple);
            if (ids != null) {
                return decide(ids, countryCode, MatchMethod.CONFIRMED, 1.0, "confirmed earlier in the review queue");
            }
            ids = exact.get(simple);
            if (ids != null) {
                return decide(ids, countryCode, MatchMethod.EXACT_ALIAS, 1.0, "RMI look-up name");
            }
            ids = normalized.get(key);
            if (ids != null) {
                return decide(ids, countryCode, MatchMethod.NORMALIZED_ALIAS, NORMALIZED_SCORE,
                        "same name as an RMI look-up name apart from case, accents, punctuation, legal form or word order");
            }
            // suppliers copy each other's spellings: score each distinct name and country once per snapshot
            String cacheKey = key + '\u0000' + countryCode;
            MatchResult cached = fuzzyResults.get(cacheKey);
            if (cached == null) {
                cached = fuzzy(key, words, countryCode);
                if (fuzzyResults.size() > 50_000) {
                    fuzzyResults.clear();
                }
                fuzzyResults.put(cacheKey, cached);
            }
            return cached;
        }

        private MatchResult decide(Set<String> ids, String countryCode, MatchMethod method, double score, String why) {
            if (ids.size() == 1) {
                String id = ids.iterator().next();
                KnownSmelter s = byId.get(id);
                if (countryCode != null && s.countryCode() != null && !countryCode.equals(s.countryCode())) {
                    // the name is RMI's own: a wrong country lowers the confidence but does not undo the match
                    return new MatchResult(id, method, score * COUNTRY_DISAGREEMENT, why + ", but reported in "
                            + countryCode + " while RMI lists it in " + s.countryCode());
                }
                return new MatchResult(id, method, score, why);
            }
            List<String> sameCountry = ids.stream().filter(id -> Objects.equals(byId.get(id).countryCode(), countryCode)).toList();
            if (countryCode != null && sameCountry.size() == 1) {
                return new MatchResult(sameCountry.get(0), method, score, why + "; the country decided between " + ids);
            }
            return new MatchResult(null, MatchMethod.UNRESOLVED, score, "the name fits several smelters: " + ids);
        }

        private MatchResult fuzzy(String key, List<String> words, String countryCode) {
            List<String> grams = trigramsOf(key);
            if (grams.isEmpty() || aliases.isEmpty()) {
                return new MatchResult(null, MatchMethod.UNRESOLVED, 0, "no similar RMI look-up name");
            }
            int[] shared = new int[aliases.size()];
            for (String g : grams) {
                int[] posting = trigrams.get(g);
                if (posting != null) {
                    for (int i : posting) {
                        shared[i]++;
                    }
                }
            }
            Map<String, double[]> perSmelter = new HashMap<>();
            for (int i = 0; i < shared.length; i++) {
                Alias alias = aliases.get(i);
                // most of the shorter name's trigrams must be shared before words are compared
                if (shared[i] < 2 || shared[i] * 2 < Math.min(grams.size(), alias.gramCount)) {
                    continue;
                }
                double score = softTfIdf(words, alias);
                if (score < SUGGESTION_FLOOR) {
                    continue;
                }
                String aliasCountry = byId.get(alias.smelterId).countryCode();
                boolean known = countryCode != null && aliasCountry != null;
                if (known && !countryCode.equals(aliasCountry)) {
                    score *= COUNTRY_DISAGREEMENT;
                }
                // the same country breaks ties without raising the confidence itself
                double rank = score + (known && countryCode.equals(aliasCountry) ? AMBIGUITY_MARGIN * 1.5 : 0);
                perSmelter.merge(alias.smelterId, new double[]{rank, score}, (a, b) -> a[0] >= b[0] ? a : b);
            }
            String bestId = null;
            String secondId = null;
            double bestRank = 0;
            double bestScore = 0;
            double secondRank = 0;
            for (Map.Entry<String, double[]> e : perSmelter.entrySet()) {
                double rank = e.getValue()[0];
                if (bestId == null || rank > bestRank) {
                    secondId = bestId;
                    secondRank = bestRank;
                    bestId = e.getKey();
                    bestRank = rank;
                    bestScore = e.getValue()[1];
                } else if (secondId == null || rank > secondRank) {
                    secondId = e.getKey();
                    secondRank = rank;
                }
            }
            if (bestId == null) {
                return new MatchResult(null, MatchMethod.UNRESOLVED, 0, "no similar RMI look-up name");
            }
            KnownSmelter best = byId.get(bestId);
            String score = String.format(Locale.ROOT, "%.2f", bestScore);
            if (secondId != null && bestRank - secondRank < AMBIGUITY_MARGIN) {
                return new MatchResult(null, MatchMethod.UNRESOLVED, bestScore, "similar to several smelters: "
                        + describe(best) + " and " + describe(byId.get(secondId)) + " (score " + score + ")");
            }
            if (bestScore >= threshold) {
                return new MatchResult(bestId, MatchMethod.FUZZY, bestScore, "similar to " + describe(best) + " (score " + score + ")");
            }
            return new MatchResult(null, MatchMethod.UNRESOLVED, bestScore, "closest: " + describe(best) + " (score " + score
                    + ", below the threshold " + String.format(Locale.ROOT, "%.2f", threshold) + ")");
        }

        /**
         * Cosine of the two names' IDF-weighted words, where a word counts as present when the other
         * name has it or a spelling of it within a typo or two. A word the list has never seen (most
         * often a typo) weighs like the word it was taken for.
         */
        private double softTfIdf(List<String> words, Alias alias) {
            double dot = 0;
            double queryNorm = 0;
            for (String word : words) {
                double bestSim = 0;
                double bestWeight = 0;
                for (int j = 0; j < alias.words.size(); j++) {
                    double sim = wordSimilarity(word, alias.words.get(j));
                    if (sim > bestSim) {
                        bestSim = sim;
                        bestWeight = alias.weights[j];
                    }
                }
                Double known = idf.get(word);
                double weight = known != null ? known : bestSim > 0 ? bestWeight : unknownWordIdf;
                queryNorm += weight * weight;
                dot += weight * bestWeight * bestSim;
            }
            double denominator = Math.sqrt(queryNorm) * alias.norm;
            return denominator == 0 ? 0 : Math.min(1.0, dot / denominator);
        }

        private static void add(Map<String, Set<String>> map, String key, String id) {
            if (!key.isEmpty()) {
                map.computeIfAbsent(key, k -> new LinkedHashSet<>(2)).add(id);
            }
        }

        private final class Alias {
            final String smelterId;
            final List<String> words;
            final double[] weights;
            final double norm;
            final String key;
            final int gramCount;

            Alias(String smelterId, String name, List<String> words) {
                this.smelterId = smelterId;
                this.words = words;
                this.weights = new double[words.size()];
                double sum = 0;
                for (int i = 0; i < words.size(); i++) {
                    weights[i] = idf.getOrDefault(words.get(i), unknownWordIdf);
                    sum += weights[i] * weights[i];
                }
                this.norm = Math.sqrt(sum);
                this.key = CompanyName.key(name);
                this.gramCount = trigramsOf(key).size();
            }
        }
    }

    private static String describe(KnownSmelter s) {
        return s.standardName() + " (" + s.smelterId() + ")";
    }

    /** Character trigrams of each word with boundary marks, so word order does not matter. */
    static List<String> trigramsOf(String key) {
        List<String> grams = new ArrayList<>();
        for (String word : key.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = " " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                grams.add(padded.substring(i, i + 3));
            }
        }
        return grams;
    }

    /**
     * 1 for equal words; for words of four letters or more that differ by a typo or two, the share of
     * letters in place (optimal string alignment distance); otherwise 0. Numbers must be equal.
     */
    static double wordSimilarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int la = a.length();
        int lb = b.length();
        if (la < 4 || lb < 4 || Math.abs(la - lb) > 2 || hasDigit(a) || hasDigit(b)) {
            return 0;
        }
        int distance = osaDistance(a, b);
        int longer = Math.max(la, lb);
        if (distance == 1 && longer >= 6) {
            return 0.92;
        }
        double sim = 1.0 - (double) distance / longer;
        return sim >= 0.75 ? sim : 0;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Optimal string alignment distance (Levenshtein plus transpositions), three rolling rows. */
    static int osaDistance(String a, String b) {
        int n = b.length();
        int[] before = new int[n + 1];
        int[] previous = new int[n + 1];
        int[] current = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= n; j++) {
                char cb = b.charAt(j - 1);
                int v = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (ca == cb ? 0 : 1));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, before[j - 2] + 1);
                }
                current[j] = v;
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return previous[n];
    }
}
