package org.oretrace.registry.application;

import java.util.ArrayList;
import java.util.List;

/** How alike two names' words are: character trigrams for finding candidates, typo distance for scoring them. */
final class NameSimilarity {

    private NameSimilarity() {
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
