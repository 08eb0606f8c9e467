package org.oretrace.registry.infrastructure;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void readsQuotedFieldsDoubledQuotesLineBreaksAndBothLineEndings() {
        String text = "a,\"b, with comma\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n\nlast,-0- ,\"\"";
        assertThat(Csv.readAll(new StringReader(text))).containsExactly(
                List.of("a", "b, with comma", "say \"hi\""),
                List.of("two\nlines", "", "x"),
                List.of("last", "-0- ", ""));
    }

    @Test
    void writesWhatItReads() {
        List<String> fields = List.of("Gold", "L'Orfebre, S.A.", "say \"x\"", " padded ", "");
        assertThat(Csv.readAll(new StringReader(Csv.line(fields)))).containsExactly(fields);
    }
}
