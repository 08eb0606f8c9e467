package org.oretrace.kernel.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.oretrace.kernel.BusinessRuleException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one CSV reader and writer of Oretrace, through Apache Commons CSV (RFC 4180: quoted fields with doubled
 * quotes, delimiters and line breaks; CRLF or LF). Uploaded files are decoded by {@link #decode}: UTF-8 (with or
 * without byte-order mark), else Windows-1252, the code page Excel and ERPs on Windows still save in. Every module
 * that reads or writes CSV (supplier imports, RMAP lists, OFAC's SDN files, the shipped reference lists, Annex A)
 * goes through here, so the charset rule and the quoting rule are written once.
 */
public final class Csv {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A record and the 1-based line of the file it starts on (the line a person sees in an editor). */
    public record Record(int line, List<String> fields) {
        public Record {
            fields = List.copyOf(fields);
        }
    }

    private Csv() {
    }

    /** UTF-8 when the bytes are valid UTF-8 (a byte-order mark is dropped), else Windows-1252. */
    public static String decode(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, offset, content.length - offset, WINDOWS_1252);
        }
    }

    /** The candidate that occurs most often in the sample line; the first candidate on a tie or when none occurs. */
    public static char delimiterOf(String sample, char... candidates) {
        char best = candidates[0];
        long bestCount = 0;
        for (char candidate : candidates) {
            long count = sample == null ? 0 : sample.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * Calls {@code records} with each record of the text. Empty lines give no record; text after a closing quote is
     * kept (OFAC and hand-edited files have it). A quote that never closes is refused with a {@link BusinessRuleException},
     * as is any other text Commons CSV cannot read; an exception thrown by {@code records} passes through unchanged.
     *
     * @param trim strip white space around every field, quoted or not, so a quote after spaces still opens a quoted
     *             field (ERP exports pad their cells); without it every character is kept
     */
    public static void read(String text, char delimiter, boolean trim, Consumer<Record> records) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(trim).setIgnoreSurroundingSpaces(trim).setTrailingData(true).get();
        LineCounter lines = new LineCounter(text);
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> iterator = parser.iterator();
            CSVRecord record;
            while ((record = next(iterator)) != null) {
                records.accept(new Record(lines.lineAt((int) record.getCharacterPosition()), record.toList()));
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static CSVRecord next(Iterator<CSVRecord> iterator) {
        try {
            return iterator.hasNext() ? iterator.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports a quote that never closes as an IllegalStateException from its iterator
            throw unreadable(e);
        }
    }

    private static BusinessRuleException unreadable(Exception e) {
        return new BusinessRuleException("The CSV cannot be read: " + rootMessage(e), e);
    }

    public static List<Record> readAll(String text, char delimiter, boolean trim) {
        List<Record> all = new ArrayList<>();
        read(text, delimiter, trim, all::add);
        return all;
    }

    /** One comma-separated record ending with CRLF; a field is quoted when it must be (null is written as empty). */
    public static String line(List<String> fields) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get())) {
            printer.printRecord(fields.stream().map(f -> f == null ? "" : f).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /** A value to be opened in a spreadsheet: one starting with = + - @ would run as a formula, so it gets a leading '. */
    public static String spreadsheetSafe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? e.getMessage() : t.getMessage();
    }

    /** Turns character positions into line numbers, counting each line break once, in one pass over the text. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(int recordStart) {
            // a record's position may point at the empty lines skipped before it
            int start = recordStart;
            while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
                start++;
            }
            for (; position < start && position < text.length(); position++) {
                char c = text.charAt(position);
                if (c == '\n' || (c == '\r' && (position + 1 >= text.length() || text.charAt(position + 1) != '\n'))) {
                    line++;
                }
            }
            return line;
        }
    }
}
