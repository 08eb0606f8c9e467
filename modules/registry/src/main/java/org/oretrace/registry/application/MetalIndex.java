package org.oretrace.registry.application;

import org.oretrace.kernel.names.CompanyName;
import org.oretrace.registry.published.MatchMethod;
import org.oretrace.registry.published.MatchResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.oretrace.registry.application.MatchIndex.AMBIGUITY_MARGIN;
import static org.oretrace.registry.application.MatchIndex.COUNTRY_DISAGREEMENT;
import static org.oretrace.registry.application.MatchIndex.NORMALIZED_SCORE;
import static org.oretrace.registry.application.MatchIndex.SUGGESTION_FLOOR;
import static org.oretrace.registry.application.MatchIndex.describe;
import static org.oretrace.registry.application.MatchIndex.simple;
import static org.oretrace.registry.application.NameSimilarity.trigramsOf;
import static org.oretrace.registry.application.NameSimilarity.wordSimilarity;

/**
 * Everything known of one metal's smelters: exact, learned and normalized names in hash maps, and a character-trigram
 * index that finds fuzzy candidates without comparing a name with every alias; candidates are scored with soft TF-IDF
 * over the name's words (rare words weigh more than "tin" or "smelting"; a word with one typo still counts).
 * Part of a {@link MatchIndex} snapshot, immutable apart from its cache of fuzzy results.
 */
final class MetalIndex {
    final Map<String, Set<String>> exact = new HashMap<>();
    final Map<String, Set<String>> learned = new HashMap<>();
    final Map<String, Set<String>> normalized = new HashMap<>();
    final List<Alias> aliases = new ArrayList<>();
    final Map<String, int[]> trigrams = new HashMap<>();
    final Map<String, Double> idf = new HashMap<>();
    final Map<String, MatchResult> fuzzyResults = new ConcurrentHashMap<>();
    final double unknownWordIdf;
    private final Map<String, KnownSmelter> byId;
    private final double threshold;

    MetalIndex(List<KnownSmelter> smelters, Map<String, KnownSmelter> byId, double threshold) {
        this.byId = byId;
        this.threshold = threshold;
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
