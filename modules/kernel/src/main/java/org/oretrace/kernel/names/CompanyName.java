package org.oretrace.kernel.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one name folding of Oretrace (issue 16): how company, smelter and country names and column headers are
 * compared. Names are folded to lower-case ASCII words without punctuation, accents,
 * typographic quotes, legal forms ("Co., Ltd.", "JSC", "S.A.", "GmbH", "PT", "OOO", ...) and
 * filler words, so that "Mineração Taboca S.A." and "MINERACAO TABOCA SA" have the same words.
 */
public final class CompanyName {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u2018`\u00B4\u02BC]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Legal forms written as several words; removed before the single-word forms. */
    private static final List<String[]> LEGAL_PHRASES = phrases(
            "public joint stock company", "closed joint stock company", "open joint stock company", "joint stock company",
            "limited liability company", "limited liability partnership", "public company limited", "public limited company",
            "company limited", "company ltd", "co limited", "co ltd", "sdn bhd", "pty ltd", "pvt ltd", "private limited",
            "kabushiki kaisha", "societe anonyme", "sociedad anonima", "sociedade anonima", "gesellschaft mit beschrankter haftung",
            "sanayi ve ticaret", "san ve tic", "sa de cv", "sapi de cv", "s de rl", "de cv", "limited company", "spol s r o");

    private static final Set<String> LEGAL_WORDS = Set.of(
            "co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "plc",
            "gmbh", "ag", "kg", "kgaa", "sa", "sas", "spa", "srl", "sarl", "bv", "nv", "pt", "tbk", "ooo", "oao", "zao", "pao",
            "ao", "jsc", "ojsc", "cjsc", "pjsc", "kk", "ltda", "pty", "pvt", "pte", "bhd", "sdn", "berhad", "ab", "oy", "oyj",
            "as", "asa", "sro", "doo", "sab", "sae", "lda", "eireli", "cv", "aps", "tic", "san", "co ltd", "gesmbh", "ulc");

    private static final Set<String> FILLER_WORDS = Set.of("the", "and", "of", "ve", "und", "et", "y", "e");

    private CompanyName() {
    }

    /** The words of a name that identify the company, in their written order (never empty for a non-blank name). */
    public static List<String> words(String name) {
        List<String> all = rawWords(name);
        List<String> words = new ArrayList<>(all.size());
        int i = 0;
        outer:
        while (i < all.size()) {
            for (String[] phrase : LEGAL_PHRASES) {
                if (startsWith(all, i, phrase)) {
                    i += phrase.length;
                    continue outer;
                }
            }
            String word = all.get(i++);
            if (!LEGAL_WORDS.contains(word) && !FILLER_WORDS.contains(word)) {
                words.add(word);
            }
        }
        // a name that is nothing but a legal form ("Company Limited") keeps its words
        return words.isEmpty() ? all : words;
    }

    /**
     * The folded words in their written order, legal forms kept: "Mineração Taboca S.A." and "MINERACAO TABOCA SA"
     * both give "mineracao taboca sa" (how filing groups the names it cannot resolve).
     */
    public static String folded(String name) {
        return String.join(" ", rawWords(name));
    }

    /** The words in a fixed order: the comparison key that ignores word order. */
    public static String key(String name) {
        List<String> words = new ArrayList<>(words(name));
        words.sort(null);
        return String.join(" ", words);
    }

    /**
     * Lower-case ASCII-folded words, punctuation removed; runs of single letters are joined, so
     * "S.A.", "S A" and "SA" all become "sa" and "H.C. Starck" becomes "hc starck".
     */
    public static List<String> rawWords(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String folded = fold(name);
        folded = APOSTROPHES.matcher(folded).replaceAll("").replace("&", " and ");
        String[] parts = SEPARATORS.split(folded);
        List<String> words = new ArrayList<>(parts.length);
        StringBuilder letters = new StringBuilder();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.length() == 1 && Character.isLetter(part.charAt(0))) {
                letters.append(part);
                continue;
            }
            if (!letters.isEmpty()) {
                words.add(letters.toString());
                letters.setLength(0);
            }
            words.add(part);
        }
        if (!letters.isEmpty()) {
            words.add(letters.toString());
        }
        return words;
    }

    /** Lower case without accents; letters that NFKD does not decompose are spelled out. */
    public static String fold(String text) {
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ø' -> out.append('o');
                case 'ł' -> out.append('l');
                case 'đ', 'ð' -> out.append('d');
                case 'ı' -> out.append('i');
                case 'þ' -> out.append("th");
                default -> out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A spelling-tolerant form of a word for transliterated names: "uralelectromed" and
     * "uralelektromed", "krasnoyarsk" and "krasnojarsk" get the same skeleton.
     */
    public static String skeleton(String word) {
        String s = word.replace("kh", "h").replace("ph", "f").replace("ck", "k").replace("sch", "sh")
                .replace("tsch", "ch").replace("ts", "c").replace("tz", "c");
        StringBuilder out = new StringBuilder(s.length());
        char previous = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = switch (s.charAt(i)) {
                case 'c', 'q' -> 'k';
                case 'y', 'j' -> 'i';
                case 'w' -> 'v';
                case 'z' -> 's';
                default -> s.charAt(i);
            };
            if (c != previous) {
                out.append(c);
            }
            previous = c;
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(List<String> words, int from, String[] phrase) {
        if (from + phrase.length > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!words.get(from + k).equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    private static List<String[]> phrases(String... phrases) {
        return Arrays.stream(phrases).map(p -> p.split(" ")).toList();
    }
}
