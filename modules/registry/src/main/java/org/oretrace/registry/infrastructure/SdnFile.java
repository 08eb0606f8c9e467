package org.oretrace.registry.infrastructure;

import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.csv.Csv;
import org.oretrace.registry.domain.SdnType;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OFAC's official SDN files: {@code sdn.csv} (no header; ent_num, SDN_Name, SDN_Type, Program, Title,
 * Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks; "-0-" means empty) and the
 * optional {@code alt.csv} (ent_num, alt_num, alt_type, alt_name, alt_remarks). Names given as
 * "a.k.a. '...'" in the remarks count as alternative names too. OFAC publishes in Windows-1252 at times and UTF-8
 * at others: {@link Csv#decode} takes either.
 */
public final class SdnFile {

    private static final Pattern AKA = Pattern.compile("(?i)\\b[af]\\.k\\.a\\.,?\\s+'([^']{2,})'");
    private static final Set<String> KNOWN_TYPES = Set.of("", "individual", "vessel", "aircraft");

    /** One SDN entry with its alternative names. */
    public record Entry(int entNum, String name, SdnType type, String programs, List<String> altNames, String remarks) {
    }

    private SdnFile() {
    }

    public static List<Entry> read(InputStream sdnCsv, InputStream altCsv) throws IOException {
        Map<Integer, List<String>> alternatives = new HashMap<>();
        if (altCsv != null) {
            Csv.read(Csv.decode(altCsv.readAllBytes()), ',', false, record -> {
                List<String> r = record.fields();
                if (r.size() >= 4 && isNumber(r.get(0))) {
                    String alt = empty(r.get(3));
                    if (alt != null) {
                        alternatives.computeIfAbsent(Integer.parseInt(r.get(0).strip()), k -> new ArrayList<>()).add(alt);
                    }
                }
            });
        }
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Csv.read(Csv.decode(sdnCsv.readAllBytes()), ',', false, record -> {
            List<String> r = record.fields();
            if (r.size() == 1 && r.get(0).strip().replace("\u001A", "").isEmpty()) {
                return; // OFAC ends the file with an EOF control character
            }
            if (r.size() < 12 || !isNumber(r.get(0))) {
                if (problems.size() < 5) {
                    problems.add(String.join(",", r));
                }
                return;
            }
            int entNum = Integer.parseInt(r.get(0).strip());
            String name = empty(r.get(1));
            String typeText = empty(r.get(2));
            if (name == null || (typeText != null && !KNOWN_TYPES.contains(typeText.toLowerCase()))) {
                if (problems.size() < 5) {
                    problems.add(String.join(",", r));
                }
                return;
            }
            String remarks = empty(r.get(11));
            Set<String> alt = new LinkedHashSet<>(alternatives.getOrDefault(entNum, List.of()));
            if (remarks != null) {
                Matcher m = AKA.matcher(remarks);
                while (m.find()) {
                    alt.add(m.group(1).strip());
                }
            }
            alt.remove(name);
            entries.add(new Entry(entNum, name, SdnType.fromSdnCsv(typeText), programs(r.get(3)), List.copyOf(alt), remarks));
        });
        if (entries.isEmpty()) {
            throw new BusinessRuleException("No SDN entries found: expected OFAC's sdn.csv (12 columns, no header)"
                    + (problems.isEmpty() ? "" : "; first unreadable line: " + problems.get(0)));
        }
        return entries;
    }

    /** "VENEZUELA] [IRAN-CON-ARMS-EO" (several programs in one field) becomes "VENEZUELA; IRAN-CON-ARMS-EO". */
    static String programs(String field) {
        String p = empty(field);
        return p == null ? null : p.replace("] [", "; ").replace("[", "").replace("]", "").strip();
    }

    private static String empty(String field) {
        if (field == null) {
            return null;
        }
        String f = field.strip();
        return f.isEmpty() || f.equals("-0-") ? null : f;
    }

    private static boolean isNumber(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 9) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
