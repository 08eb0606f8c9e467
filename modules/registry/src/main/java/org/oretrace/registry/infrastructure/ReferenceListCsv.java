package org.oretrace.registry.infrastructure;

import org.oretrace.kernel.csv.Csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reference lists as shipped in the product: one UTF-8 CSV per CMRT version (and one for the newest EMRT),
 * written by {@link #write} from the real template: first line "# template: CMRT 6.5" (or "EMRT 2.1"), second "# released: 2025-04-25" (the template's
 * release date), then a header and the look-up rows (columns A to I of the "Smelter Look-up" sheet).
 */
public final class ReferenceListCsv {

    /** Every CMRT version whose look-up list ships with the product, oldest first (the order they are loaded in). */
    public static final List<String> SHIPPED_VERSIONS = List.of("6.01", "6.1", "6.22", "6.31", "6.4", "6.5");

    /**
     * The EMRT versions whose look-up list ships (the newest only: it is a reference list of other minerals, loaded
     * when asked for, not a history).
     */
    public static final List<String> SHIPPED_EMRT_VERSIONS = List.of("2.1");

    private static final List<String> HEADER = List.of("metal", "lookup_name", "standard_name", "country", "smelter_id",
            "source", "street", "city", "state_province");
    private static final String TEMPLATE_PREFIX = "# template: ";
    private static final String RELEASED_PREFIX = "# released: ";

    private ReferenceListCsv() {
    }

    /** The class-path resource of one shipped version's list. */
    public static String shipped(String cmrtVersion) {
        return "/org/oretrace/registry/reference/rmi-smelters-" + cmrtVersion + ".csv";
    }

    /** The class-path resource of one shipped EMRT version's list ("# template: EMRT 2.1"). */
    public static String shippedEmrt(String emrtVersion) {
        return "/org/oretrace/registry/reference/rmi-emrt-smelters-" + emrtVersion + ".csv";
    }

    /** Reads one shipped CMRT version's list; a missing or broken file is a packaging bug. */
    public static ReferenceList readShipped(String cmrtVersion) {
        return readResource(shipped(cmrtVersion));
    }

    /** Reads one shipped EMRT version's list. */
    public static ReferenceList readShippedEmrt(String emrtVersion) {
        return readResource(shippedEmrt(emrtVersion));
    }

    private static ReferenceList readResource(String resource) {
        try (InputStream in = ReferenceListCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Shipped reference list missing: " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static String write(ReferenceList list) {
        StringBuilder out = new StringBuilder(TEMPLATE_PREFIX).append(list.template()).append("\r\n");
        if (list.released() != null) {
            out.append(RELEASED_PREFIX).append(list.released()).append("\r\n");
        }
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
        java.time.LocalDate released = null;
        if (text.startsWith(RELEASED_PREFIX, eol + 1)) {
            int next = text.indexOf('\n', eol + 1);
            released = java.time.LocalDate.parse(text.substring(eol + 1 + RELEASED_PREFIX.length(), next).strip());
            eol = next;
        }
        List<List<String>> records = Csv.readAll(text.substring(eol + 1), ',', false).stream().map(Csv.Record::fields).toList();
        if (records.isEmpty() || !records.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("Unexpected header in reference list data file: " + (records.isEmpty() ? "none" : records.get(0)));
        }
        List<ReferenceRow> rows = new ArrayList<>(records.size() - 1);
        for (List<String> r : records.subList(1, records.size())) {
            rows.add(new ReferenceRow(r.get(0), blank(r.get(1)), blank(r.get(2)), blank(r.get(3)), blank(r.get(4)),
                    blank(r.get(5)), blank(r.get(6)), blank(r.get(7)), blank(r.get(8))));
        }
        return new ReferenceList(template, released, List.copyOf(rows));
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
