package org.oretrace.registry.infrastructure;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * RFC 4180 CSV: quoted fields with doubled quotes and line breaks, CRLF or LF. Small enough that a
 * dependency would not pay for itself; OFAC's sdn.csv and RMI's exports are read with it.
 */
public final class Csv {

    private Csv() {
    }

    /** Calls the consumer with each record's fields (a blank line gives no record). */
    public static void read(Reader reader, Consumer<List<String>> records) {
        try {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStarted = false;
            int c;
            while ((c = reader.read()) != -1) {
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        reader.mark(1);
                        int next = reader.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next == -1) {
                                break;
                            }
                            reader.reset();
                        }
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"' && field.toString().isBlank()) {
                    field.setLength(0);
                    quoted = true;
                    fieldStarted = true;
                } else if (ch == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = true;
                } else if (ch == '\n' || ch == '\r') {
                    if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
                        fields.add(field.toString());
                        records.accept(List.copyOf(fields));
                    }
                    fields.clear();
                    field.setLength(0);
                    fieldStarted = false;
                } else {
                    field.append(ch);
                    fieldStarted = true;
                }
            }
            if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
                fields.add(field.toString());
                records.accept(List.copyOf(fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<List<String>> readAll(Reader reader) {
        List<List<String>> all = new ArrayList<>();
        read(reader, all::add);
        return all;
    }

    /** One record, quoted where needed, ending with CRLF. */
    public static String line(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r") || !f.equals(f.strip())) {
                out.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                out.append(f);
            }
        }
        return out.append("\r\n").toString();
    }
}
