package org.oretrace.registry.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reference list as shipped in the product: a UTF-8 CSV written by {@link #write} from a real
 * template, first line "# template: CMRT 6.5", then a header and the look-up rows.
 */
public final class ReferenceListCsv {

    /** The list a fresh installation starts with. */
    public static final String SHIPPED = "/org/oretrace/registry/reference/rmi-smelters-6.5.csv";

    private static final List<String> HEADER = List.of("metal", "lookup_name", "standard_name", "country", "smelter_id",
            "source", "street", "city", "state_province");
    private static final String TEMPLATE_PREFIX = "# template: ";

    private ReferenceListCsv() {
    }

    public static String write(ReferenceList list) {
        StringBuilder out = new StringBuilder(TEMPLATE_PREFIX).append(list.template()).append("\r\n");
        out.append(Csv.line(HEADER));
        for (ReferenceRow r : list.rows()) {
            out.append(Csv.line(java.util.Arrays.asList(r.metal(), r.lookupName(), r.standardName(), r.country(), r.smelterId(),
                    r.source(), r.street(), r.city(), r.stateProvince())));
        }
        return out.toString();
    }

    public static ReferenceList read(InputStream in) throws IOException {
        String text;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            text = reader.lines().collect(Collectors.joining("\n"));
        }
        // only the shipped file is read this way: a broken one is our bug, not a person's upload
        if (!text.startsWith(TEMPLATE_PREFIX)) {
            throw new IllegalArgumentException("Not a reference list data file (no '" + TEMPLATE_PREFIX.strip() + "' line)");
        }
        int eol = text.indexOf('\n');
        String template = text.substring(TEMPLATE_PREFIX.length(), eol).strip();
        List<List<String>> records = Csv.readAll(new StringReader(text.substring(eol + 1)));
        if (records.isEmpty() || !records.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("Unexpected header in reference list data file: " + (records.isEmpty() ? "none" : records.get(0)));
        }
        List<ReferenceRow> rows = new ArrayList<>(records.size() - 1);
        for (List<String> r : records.subList(1, records.size())) {
            rows.add(new ReferenceRow(r.get(0), blank(r.get(1)), blank(r.get(2)), blank(r.get(3)), blank(r.get(4)),
                    blank(r.get(5)), blank(r.get(6)), blank(r.get(7)), blank(r.get(8))));
        }
        return new ReferenceList(template, List.copyOf(rows));
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
