package org.oretrace.filing.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Makes "Mineração Taboca S.A." and "MINERACAO TABOCA SA" the same key. */
public final class SmelterNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private SmelterNames() {
    }

    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace("&", " and ");
        // "S.A." and "SA" must meet: drop the dots before splitting on other punctuation
        s = s.replace(".", "");
        return NOT_ALNUM.matcher(s).replaceAll(" ").strip();
    }
}
