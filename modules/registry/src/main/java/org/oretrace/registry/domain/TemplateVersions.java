package org.oretrace.registry.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders RMI template versions as RMI released them: "CMRT 6.01" &lt; "CMRT 6.1" &lt; "CMRT 6.22" (a decimal number,
 * not a dotted sequence: 6.1 came after 6.01 and before 6.22). Templates of another kind (EMRT) order by their kind
 * first; unknown labels last.
 */
public final class TemplateVersions {

    private static final Pattern VERSION = Pattern.compile("^(\\S+)\\s+(\\d+(?:\\.\\d+)?)$");

    public static final Comparator<String> ORDER = Comparator.nullsLast((a, b) -> {
        Matcher x = VERSION.matcher(a.strip());
        Matcher y = VERSION.matcher(b.strip());
        boolean known = x.matches();
        if (known != y.matches()) {
            return known ? -1 : 1;
        }
        if (!known) {
            return a.compareTo(b);
        }
        int kind = x.group(1).compareTo(y.group(1));
        return kind != 0 ? kind : new BigDecimal(x.group(2)).compareTo(new BigDecimal(y.group(2)));
    });

    private TemplateVersions() {
    }

    /** True for "CMRT 6.5": only CMRT lists are one history (an EMRT lists other metals). */
    public static boolean isCmrt(String templateVersion) {
        return templateVersion != null && templateVersion.startsWith("CMRT ");
    }
}
