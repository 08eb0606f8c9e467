package org.oretrace.registry.application;

import org.oretrace.kernel.country.Countries;
import org.oretrace.kernel.country.Country;
import org.oretrace.kernel.names.CompanyName;
import org.oretrace.registry.domain.SdnType;
import org.oretrace.registry.infrastructure.SdnFile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzzy screening of names against one SDN list version. Names are compared word by word after
 * removing legal forms ("JSC" = "Joint Stock Company"), on a transliteration skeleton
 * ("Uralelectromed" = "URALELEKTROMED") with a typo allowed in long words. Generic words (GOLD,
 * METAL, REFINERY, MINING, ...) weigh little and never make a hit on their own: at least one
 * distinctive word must agree. Countries named in the entry (program, remarks) raise the score when
 * they include the subject's country and lower it when they do not.
 */
public final class SanctionsMatcher {

    /** A hit needs at least this score (after the country adjustment). */
    public static final double HIT_THRESHOLD = 0.80;
    static final double GENERIC_WEIGHT = 0.15;
    static final double COUNTRY_AGREES = 0.10;
    static final double COUNTRY_DIFFERS = 0.15;

    static final Set<String> GENERIC = Set.of(
            "gold", "golden", "metal", "metals", "metallurgical", "metallurgy", "refinery", "refineries", "refining", "refiners", "refiner",
            "mining", "mines", "mine", "smelting", "smelter", "smelters", "smeltery", "industry", "industries", "industrial",
            "group", "trading", "trade", "traders", "international", "intl", "holding", "holdings", "resources", "resource",
            "minerals", "mineral", "precious", "nonferrous", "non", "ferrous", "materials", "material", "technology",
            "technologies", "tech", "products", "product", "enterprise", "enterprises", "general", "national", "factory", "plant",
            "works", "development", "investment", "investments", "tin", "tungsten", "tantalum", "copper", "silver", "zinc",
            "lead", "steel", "iron", "nickel", "cobalt", "chemical", "chemicals", "new", "bank", "services", "service", "global",
            "import", "export", "imp", "exp", "china", "union", "state", "federal", "central", "east", "west", "north", "south", "eastern",
            "western", "northern", "southern", "city", "province", "shares", "share", "stock", "joint", "public", "private",
            "bullion", "assay", "jewelry", "jewellery", "alloys", "alloy", "recycling", "manufacturing", "company", "corp",
            "branch", "unit", "division", "business", "commercial", "co", "plc", "ltd", "llc", "sa", "ag", "inc", "limited",
            "science", "sciences", "high", "advanced", "energy", "power", "engineering", "construction", "commodities");

    private static final Map<String, String> PROGRAM_COUNTRIES = Map.ofEntries(
            Map.entry("RUSSIA", "RU"), Map.entry("DRCONGO", "CD"), Map.entry("IRAN", "IR"), Map.entry("CUBA", "CU"),
            Map.entry("SYRIA", "SY"), Map.entry("VENEZUELA", "VE"), Map.entry("BELARUS", "BY"), Map.entry("BURMA", "MM"),
            Map.entry("DPRK", "KP"), Map.entry("SUDAN", "SD"), Map.entry("SOUTH", "SS"), Map.entry("CAR", "CF"),
            Map.entry("ZIMBABWE", "ZW"), Map.entry("LIBYA", "LY"), Map.entry("YEMEN", "YE"), Map.entry("SOMALIA", "SO"),
            Map.entry("MALI", "ML"), Map.entry("IRAQ", "IQ"), Map.entry("LEBANON", "LB"), Map.entry("NICARAGUA", "NI"),
            Map.entry("ETHIOPIA", "ET"), Map.entry("BALKANS", "RS"), Map.entry("HK", "HK"));
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]{2,60})\\)");
    private static final Pattern NATIONALITY = Pattern.compile("(?i)\\b(?:nationality|citizen|country)\\s+([A-Za-z ,.'-]{3,40}?)(?:;|\\.|$)");

    /** One possible match. */
    public record Hit(int entNum, String sdnName, SdnType type, String programs, String remarks, String matchedSdnName,
                      String screenedName, double score) {
    }

    private final List<Prepared> entries = new ArrayList<>();
    private final Map<String, int[]> postings = new HashMap<>();
    private final Map<Integer, List<String>> vocabularyByLength = new HashMap<>();

    public SanctionsMatcher(Collection<SdnFile.Entry> sdn) {
        Map<String, Set<Integer>> index = new HashMap<>();
        for (SdnFile.Entry e : sdn) {
            int i = entries.size();
            Prepared p = new Prepared(e);
            entries.add(p);
            for (Variant v : p.variants) {
                for (String w : v.words) {
                    if (!isGeneric(w)) {
                        index.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(i);
                    }
                }
            }
        }
        index.forEach((w, set) -> {
            postings.put(w, set.stream().mapToInt(Integer::intValue).toArray());
            vocabularyByLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        });
    }

    /**
     * The SDN entries a name may be, best first.
     *
     * @param name        the name to screen
     * @param countryCode the subject's country (ISO alpha-2) or null
     * @param types       the SDN types to consider (smelters: entities only)
     */
    public List<Hit> screen(String name, String countryCode, Set<SdnType> types) {
        List<String> words = skeletonWords(name);
        Set<Integer> candidates = new HashSet<>();
        for (String w : words) {
            if (isGeneric(w)) {
                continue;
            }
            addPostings(w, candidates);
            if (w.length() >= 6) {
                for (int len = w.length() - 1; len <= w.length() + 1; len++) {
                    for (String other : vocabularyByLength.getOrDefault(len, List.of())) {
                        if (!other.equals(w) && wordSimilarity(w, other) > 0) {
                            addPostings(other, candidates);
                        }
                    }
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (int i : candidates) {
            Prepared p = entries.get(i);
            if (!types.contains(p.entry.type())) {
                continue;
            }
            double best = 0;
            String bestVariant = null;
            for (Variant v : p.variants) {
                double s = similarity(words, v.words);
                if (s > best) {
                    best = s;
                    bestVariant = v.name;
                }
            }
            if (best == 0) {
                continue;
            }
            if (countryCode != null && !p.countries.isEmpty()) {
                best = p.countries.contains(countryCode) ? Math.min(1.0, best + COUNTRY_AGREES) : best - COUNTRY_DIFFERS;
            }
            if (best >= HIT_THRESHOLD) {
                hits.add(new Hit(p.entry.entNum(), p.entry.name(), p.entry.type(), p.entry.programs(), p.entry.remarks(),
                        bestVariant, name, Math.round(best * 1000) / 1000.0));
            }
        }
        hits.sort((a, b) -> Double.compare(b.score(), a.score()));
        return hits;
    }

    public int size() {
        return entries.size();
    }

    private void addPostings(String word, Set<Integer> into) {
        int[] p = postings.get(word);
        if (p != null) {
            for (int i : p) {
                into.add(i);
            }
        }
    }

    /**
     * Weighted Jaccard of the two word sets, a word counting as shared when a spelling of it within a
     * typo is on the other side; 0 unless a distinctive word is shared.
     */
    static double similarity(List<String> subject, List<String> sdn) {
        if (subject.isEmpty() || sdn.isEmpty()) {
            return 0;
        }
        double shared = 0;
        double subjectWeight = 0;
        boolean distinctiveShared = false;
        boolean[] used = new boolean[sdn.size()];
        for (String s : subject) {
            double w = weight(s);
            subjectWeight += w;
            double bestSim = 0;
            int bestJ = -1;
            for (int j = 0; j < sdn.size(); j++) {
                if (used[j]) {
                    continue;
                }
                double sim = wordSimilarity(s, sdn.get(j));
                if (sim > bestSim) {
                    bestSim = sim;
                    bestJ = j;
                }
            }
            if (bestJ >= 0) {
                used[bestJ] = true;
                shared += w * bestSim;
                if (!isGeneric(s) && bestSim >= 0.85) {
                    distinctiveShared = true;
                }
            }
        }
        if (!distinctiveShared) {
            return 0;
        }
        double sdnWeight = 0;
        for (String t : sdn) {
            sdnWeight += weight(t);
        }
        return shared / (subjectWeight + sdnWeight - shared);
    }

    /**
     * Stricter than the smelter matcher's: names on a sanctions list are short and a near miss is a
     * different company more often than a typo, so only equal skeletons or one typo in a long word count.
     */
    static double wordSimilarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (Math.min(a.length(), b.length()) < 6 || Math.abs(a.length() - b.length()) > 1) {
            return 0;
        }
        return NameSimilarity.osaDistance(a, b) == 1 ? 0.92 : 0;
    }

    private static double weight(String word) {
        return isGeneric(word) ? GENERIC_WEIGHT : 1.0;
    }

    static boolean isGeneric(String word) {
        return word.length() <= 2 || GENERIC.contains(word);
    }

    /** Words without legal forms, as transliteration skeletons, Latin script only. */
    static List<String> skeletonWords(String name) {
        List<String> words = new ArrayList<>();
        for (String w : CompanyName.words(name)) {
            if (w.chars().allMatch(c -> c < 128)) {
                // acronyms ("MSC", "KUC") are compared as written: their skeletons collide too easily
                words.add(GENERIC.contains(w) || w.length() <= 3 ? w : CompanyName.skeleton(w));
            }
        }
        return words;
    }

    /** Countries an SDN entry names: its programs and parenthesized or "nationality" mentions in the remarks. */
    static Set<String> countries(SdnFile.Entry e) {
        Set<String> codes = new HashSet<>();
        if (e.programs() != null) {
            for (String program : e.programs().split(";")) {
                String head = program.strip().split("[-_ ]")[0].toUpperCase(Locale.ROOT);
                String code = PROGRAM_COUNTRIES.get(head);
                if (code != null) {
                    codes.add(code);
                }
            }
        }
        if (e.remarks() != null) {
            Matcher m = PARENTHESES.matcher(e.remarks());
            while (m.find()) {
                Countries.resolve(m.group(1)).map(Country::code).ifPresent(codes::add);
            }
            Matcher n = NATIONALITY.matcher(e.remarks());
            while (n.find()) {
                Countries.resolve(n.group(1)).map(Country::code).ifPresent(codes::add);
            }
        }
        return codes;
    }

    private static final class Prepared {
        final SdnFile.Entry entry;
        final List<Variant> variants = new ArrayList<>();
        final Set<String> countries;

        Prepared(SdnFile.Entry entry) {
            this.entry = entry;
            variants.add(new Variant(entry.name()));
            for (String alt : entry.altNames()) {
                variants.add(new Variant(alt));
            }
            this.countries = countries(entry);
        }
    }

    private static final class Variant {
        final String name;
        final List<String> words;

        Variant(String name) {
            this.name = name;
            this.words = skeletonWords(name);
        }
    }
}
