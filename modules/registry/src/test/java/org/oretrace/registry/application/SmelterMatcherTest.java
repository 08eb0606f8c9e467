package org.oretrace.registry.application;

import org.oretrace.registry.published.MatchMethod;
import org.oretrace.registry.published.MatchResult;
import org.oretrace.registry.published.ReportedSmelter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oretrace.kernel.Metal;
import org.oretrace.registry.infrastructure.ReferenceList;
import org.oretrace.registry.infrastructure.ReferenceRow;
import org.oretrace.registry.testing.RmiTemplates;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching table: real look-up names of RMI's 6.5 list, varied the way suppliers vary them,
 * plus names of another metal and invented names. Precision on automatic matches must be 100%,
 * recall at least 95%.
 */
class SmelterMatcherTest {

    private static ReferenceList list;
    private static SmelterMatcher matcher;

    record Case(String kind, ReportedSmelter reported, String expectedId) {
    }

    @BeforeAll
    static void buildMatcher() {
        list = RmiTemplates.referenceList("6.5");
        matcher = SmelterMatcher.of(ReferenceLists.knownSmelters(list));
    }

    @Test
    void matchesVariedRealNamesWithFullPrecisionAndHighRecall() {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        int automatic = 0;
        int correct = 0;
        int positives = 0;
        int found = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        Map<String, int[]> byKind = new LinkedHashMap<>();
        for (Case c : cases) {
            MatchResult r = matcher.match(c.reported());
            int[] k = byKind.computeIfAbsent(c.kind(), x -> new int[2]);
            k[0]++;
            if (r.isMatched()) {
                automatic++;
                if (r.smelterId().equals(c.expectedId())) {
                    correct++;
                } else {
                    wrong.add(c + " -> " + r);
                }
            }
            if (c.expectedId() != null) {
                positives++;
                if (r.isMatched() && r.smelterId().equals(c.expectedId())) {
                    found++;
                    k[1]++;
                } else {
                    missed.add(c + " -> " + r);
                }
            } else if (!r.isMatched()) {
                k[1]++;
            }
        }
        double precision = automatic == 0 ? 1 : (double) correct / automatic;
        double recall = (double) found / positives;
        System.out.printf(Locale.ROOT, "Matching table: %d cases, %d automatic matches, precision %.4f, recall %.4f (%d/%d)%n",
                cases.size(), automatic, precision, recall, found, positives);
        byKind.forEach((kind, k) -> System.out.printf(Locale.ROOT, "  %-22s %4d cases, %4d as expected%n", kind, k[0], k[1]));
        missed.forEach(m -> System.out.println("  missed: " + m));
        assertThat(wrong).as("automatic matches to the wrong smelter").isEmpty();
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void pseudoEntriesAreNeverMatchedToARealSmelter() {
        assertThat(matcher.match(new ReportedSmelter(Metal.TIN, "Smelter not listed", "China", null)))
                .satisfies(r -> {
                    assertThat(r.smelterId()).isNull();
                    assertThat(r.method()).isEqualTo(MatchMethod.NOT_LISTED);
                });
        assertThat(matcher.match(new ReportedSmelter(Metal.GOLD, "SMELTER NOT YET IDENTIFIED", null, null)).method())
                .isEqualTo(MatchMethod.NOT_YET_IDENTIFIED);
        assertThat(matcher.match(new ReportedSmelter(Metal.GOLD, "Smelter not listd", null, null)).isMatched()).isFalse();
        assertThat(matcher.match(new ReportedSmelter(Metal.TUNGSTEN, "Unknown", null, null)).method())
                .isEqualTo(MatchMethod.NOT_YET_IDENTIFIED);
    }

    @Test
    void typedIdsAreCheckedForExistenceAndMetal() {
        assertThat(matcher.match(new ReportedSmelter(Metal.GOLD, null, null, "CID002763")))
                .isEqualTo(new MatchResult("CID002763", MatchMethod.SMELTER_ID, 1.0, "typed smelter ID CID002763"));
        assertThat(matcher.match(new ReportedSmelter(Metal.GOLD, null, null, "cid 2763")).smelterId()).isEqualTo("CID002763");
        MatchResult otherMetal = matcher.match(new ReportedSmelter(Metal.TIN, null, null, "CID002763"));
        assertThat(otherMetal.smelterId()).isNull();
        assertThat(otherMetal.reason()).contains("CID002763 is a Gold smelter (8853 S.p.A.), not Tin");
        MatchResult unknown = matcher.match(new ReportedSmelter(Metal.TIN, null, null, "CID999999"));
        assertThat(unknown.method()).isEqualTo(MatchMethod.UNRESOLVED);
        assertThat(unknown.reason()).contains("CID999999 is not in the reference list");
        MatchResult wrongIdButKnownName = matcher.match(new ReportedSmelter(Metal.GOLD, "8853 S.p.A.", "Italy", "CID999999"));
        assertThat(wrongIdButKnownName.smelterId()).isEqualTo("CID002763");
        assertThat(wrongIdButKnownName.reason()).startsWith("typed ID CID999999 is not in the reference list; ");
        assertThat(matcher.match(new ReportedSmelter(Metal.GOLD, null, null, "n/a")).reason()).contains("'n/a' is not an RMI smelter ID");
    }

    @Test
    void countryBreaksTiesAndDisagreementLowersConfidence() {
        MatchResult agreeing = matcher.match(new ReportedSmelter(Metal.GOLD, "8853 SpA", "ITALY", null));
        MatchResult disagreeing = matcher.match(new ReportedSmelter(Metal.GOLD, "8853 SpA", "Peru", null));
        assertThat(agreeing.smelterId()).isEqualTo("CID002763");
        assertThat(disagreeing.score()).isLessThan(agreeing.score());
        assertThat(disagreeing.reason()).contains("reported in PE while RMI lists it in IT");
    }

    @Test
    void aCountrySpellingNobodyKnowsIsReportedNotGuessed() {
        MatchResult r = matcher.match(new ReportedSmelter(Metal.GOLD, "8853 S.p.A.", "Atlantis", null));
        assertThat(r.smelterId()).isEqualTo("CID002763");
        assertThat(r.score()).isEqualTo(1.0);
        assertThat(r.reason()).startsWith("country 'Atlantis' not understood, not used; ");
        assertThat(matcher.match(new ReportedSmelter(Metal.GOLD, "8853 S.p.A.", "PHILLIPPINES", null)).reason())
                .doesNotContain("not understood");
        assertThat(matcher.match(new ReportedSmelter(Metal.GOLD, "8853 S.p.A.", "Unknown", null)).reason())
                .doesNotContain("not understood");
    }

    @Test
    void aGoldNameReportedAsTinIsNotMatchedAndTheReasonSaysWhy() {
        MatchResult r = matcher.match(new ReportedSmelter(Metal.TIN, "Agosi AG", "Germany", null));
        assertThat(r.isMatched()).isFalse();
        assertThat(r.reason()).contains("'Agosi AG' is a Gold smelter (CID000035), reported as Tin");
    }

    @Test
    void matchAllKeepsTheOrder() {
        List<ReportedSmelter> rows = List.of(new ReportedSmelter(Metal.GOLD, "Agosi AG", null, null),
                new ReportedSmelter(Metal.TIN, "Smelter not listed", null, null),
                new ReportedSmelter(Metal.GOLD, "8853 S.p.A.", null, null));
        assertThat(matcher.matchAll(rows)).extracting(MatchResult::smelterId).containsExactly("CID000035", null, "CID002763");
    }

    // ------------------------------------------------------------------ the table

    private static List<Case> cases() {
        Random random = new Random(20250425L);
        List<ReferenceRow> named = list.rows().stream().filter(r -> r.smelterId() != null)
                .sorted(Comparator.comparing(ReferenceRow::smelterId).thenComparing(ReferenceRow::lookupName)).toList();
        List<Case> cases = new ArrayList<>();
        Map<String, UnaryOperator<String>> variations = new LinkedHashMap<>();
        variations.put("upper case", s -> s.toUpperCase(Locale.ROOT));
        variations.put("lower case", s -> s.toLowerCase(Locale.ROOT));
        variations.put("spacing", s -> "  " + s.replace(" ", "   ") + " ");
        variations.put("accents", SmelterMatcherTest::toggleAccents);
        variations.put("punctuation", s -> s.replaceAll("[.,()\\-]", " ").replaceAll("\\s+", " ").strip());
        variations.put("typographic quotes", s -> s.contains("'") ? s.replace("'", "\u2019") : null);
        variations.put("legal form", SmelterMatcherTest::swapLegalForm);
        variations.put("word order", SmelterMatcherTest::swapWords);
        variations.put("typo", s -> typo(s, random));
        for (Map.Entry<String, UnaryOperator<String>> v : variations.entrySet()) {
            int wanted = v.getKey().equals("typo") ? 60 : v.getKey().equals("legal form") ? 40 : 25;
            int added = 0;
            for (int attempt = 0; attempt < 4000 && added < wanted; attempt++) {
                ReferenceRow row = named.get(random.nextInt(named.size()));
                String varied = v.getValue().apply(row.lookupName());
                if (varied == null || varied.equals(row.lookupName()) || varied.isBlank()) {
                    continue;
                }
                cases.add(new Case(v.getKey(), new ReportedSmelter(Metal.fromText(row.metal()).orElseThrow(), varied,
                        random.nextBoolean() ? row.country() : null, null), row.smelterId()));
                added++;
            }
        }
        // a smelter of one metal reported under another: no match unless that metal has the same name
        Metal[] metals = {Metal.TANTALUM, Metal.TIN, Metal.TUNGSTEN, Metal.GOLD};
        for (int i = 0; i < 25; i++) {
            ReferenceRow row = named.get(random.nextInt(named.size()));
            Metal reportedAs = metals[random.nextInt(metals.length)];
            if (reportedAs.displayName().equals(row.metal())) {
                reportedAs = metals[(reportedAs.ordinal() + 1) % metals.length];
            }
            Metal metal = reportedAs;
            String expected = named.stream().filter(r -> r.metal().equals(metal.displayName())
                            && r.lookupName().equalsIgnoreCase(row.lookupName())).map(ReferenceRow::smelterId).findFirst().orElse(null);
            cases.add(new Case("other metal", new ReportedSmelter(metal, row.lookupName(), row.country(), null), expected));
        }
        String[][] invented = {
                {"Gold", "Acme Precious Metals Refinery Ltd."}, {"Gold", "Golden Dragon Bullion Co., Ltd."},
                {"Gold", "Andes Gold Refining S.A.C."}, {"Gold", "Nordic Bullion Refiners AB"},
                {"Gold", "Shenzhen Golden Phoenix Jewelry Refining Co., Ltd."}, {"Gold", "Lake Victoria Gold Refinery Ltd"},
                {"Gold", "Pacific Rim Assay House Inc."}, {"Gold", "Alpine Edelmetall Scheideanstalt GmbH"},
                {"Gold", "Sahara Gold Smelting SARL"}, {"Gold", "Heraeus Fantasy Metals Oy"},
                {"Tin", "Bangka Sunrise Timah Sejahtera"}, {"Tin", "PT Lautan Timah Abadi"}, {"Tin", "Guangxi Hongfa Tin Smelter"},
                {"Tin", "Oruro Mountain Tin Works"}, {"Tin", "Yunnan Starlight Tin Industry Co., Ltd."},
                {"Tin", "Malacca Strait Solder Metals Sdn Bhd"}, {"Tin", "Rondonia Estanho Novo Ltda."},
                {"Tin", "Cornish Heritage Tin Smelters Ltd"}, {"Tin", "Thai Lotus Tin Refinery"}, {"Tin", "Nigeria Jos Plateau Tin Company"},
                {"Tungsten", "Hunan Bright Peak Tungsten Carbide Co., Ltd."}, {"Tungsten", "Siberian Wolfram Combine OOO"},
                {"Tungsten", "Ganzhou Silverleaf Tungsten Products"}, {"Tungsten", "Korea Sangdong Revival Tungsten"},
                {"Tungsten", "Bolivian Wolfram Industries"}, {"Tungsten", "Austrian Hartmetall Recycling GmbH"},
                {"Tantalum", "Kivu Coltan Processing SPRL"}, {"Tantalum", "Ningxia Desert Tantalum Works"},
                {"Tantalum", "Rwanda Tantalum Refiners Ltd"}, {"Tantalum", "Minas Gerais Tantalita Ltda."},
                {"Tantalum", "Shenzhen Capacitor Powder Co."}, {"Tantalum", "Kazakh Ulba Fantasy Metallurgical"},
                {"Gold", "XYZ Trading"}, {"Tin", "Metal Trading Co., Ltd."}, {"Gold", "Gold Refinery"}, {"Tin", "Tin Smelter"},
                {"Gold", "China Gold"}, {"Tungsten", "Tungsten Co., Ltd."}, {"Gold", "Refinery Company Limited"},
                {"Tin", "Supplier did not say"}};
        for (String[] inv : invented) {
            cases.add(new Case("invented", new ReportedSmelter(Metal.fromText(inv[0]).orElseThrow(), inv[1], null, null), null));
        }
        return cases;
    }

    private static String toggleAccents(String s) {
        String stripped = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (!stripped.equals(s)) {
            return stripped;
        }
        int i = s.indexOf('e') >= 0 ? s.indexOf('e') : s.indexOf('a');
        if (i < 0) {
            return null;
        }
        return s.substring(0, i) + (s.charAt(i) == 'e' ? 'é' : 'ã') + s.substring(i + 1);
    }

    private static final String[][] LEGAL_SWAPS = {
            {"Co., Ltd.", "Company Limited"}, {"Co.,Ltd.", "Co. Ltd"}, {"Co., Ltd", "Company Ltd"}, {"Co Ltd", "Co., Limited"},
            {"Company Limited", "Co., Ltd."}, {"Limited", "Ltd."}, {"Ltd.", "Limited"}, {"Ltd", "Limited"}, {"S.A.", "SA"},
            {"S.p.A.", "SpA"}, {"SpA", "S.p.A."}, {"Inc.", "Incorporated"}, {"Corporation", "Corp."}, {"Corp.", "Corporation"},
            {"GmbH", "G.m.b.H."}, {"AG", "A.G."}, {"JSC", "Joint Stock Company"}, {"Joint Stock Company", "JSC"},
            {"LLC", "L.L.C."}, {"PT ", "P.T. "}, {"Tbk", ""}, {"Ltda.", "Limitada"}, {"Ltda", "LTDA."}, {"Pty Ltd", "Pty. Limited"},
            {"Sdn. Bhd.", "Sdn Bhd"}, {"Sdn Bhd", "SDN. BHD."}, {"LTD.", "LIMITED"}, {"CO., LTD.", "CO LTD"}, {"S.A.S.", "SAS"},
            {"OOO", "LLC"}, {"Co.", "Company"}, {"B.V.", "BV"}, {"N.V.", "NV"}, {"K.K.", "Kabushiki Kaisha"}};

    private static String swapLegalForm(String s) {
        for (String[] swap : LEGAL_SWAPS) {
            int i = s.indexOf(swap[0]);
            if (i >= 0) {
                return (s.substring(0, i) + swap[1] + s.substring(i + swap[0].length())).replaceAll("\\s+", " ").strip();
            }
        }
        return null;
    }

    private static String swapWords(String s) {
        String[] words = s.split(" ");
        if (words.length < 3) {
            return null;
        }
        String first = words[0];
        words[0] = words[1];
        words[1] = first;
        return String.join(" ", words);
    }

    /** One typing error (substitution, deletion, doubling or transposition) inside the longest word. */
    private static String typo(String s, Random random) {
        String[] words = s.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        String w = words[longest];
        if (w.length() < 7 || !w.chars().allMatch(Character::isLetter)) {
            return null;
        }
        int p = 1 + random.nextInt(w.length() - 2);
        String changed = switch (random.nextInt(4)) {
            case 0 -> w.substring(0, p) + (char) ('a' + random.nextInt(26)) + w.substring(p + 1);
            case 1 -> w.substring(0, p) + w.substring(p + 1);
            case 2 -> w.substring(0, p) + w.charAt(p) + w.substring(p);
            default -> w.substring(0, p) + w.charAt(p + 1) + w.charAt(p) + w.substring(p + 2);
        };
        words[longest] = changed;
        return String.join(" ", words);
    }
}
