package org.oretrace.kernel.csv;

import org.junit.jupiter.api.Test;
import org.oretrace.kernel.BusinessRuleException;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTest {

    @Test
    void readsQuotedFieldsDoubledQuotesLineBreaksAndBothLineEndingsWithTheirLineNumbers() {
        String text = "a,\"b, with comma\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n\nlast,-0- ,\"\"";
        List<Csv.Record> records = Csv.readAll(text, ',', false);
        assertThat(records).containsExactly(
                new Csv.Record(1, List.of("a", "b, with comma", "say \"hi\"")),
                new Csv.Record(2, List.of("two\nlines", "", "x")),
                new Csv.Record(5, List.of("last", "-0- ", "")));
    }

    @Test
    void trimsWhenAskedAndKeepsTextAfterAClosingQuote() {
        assertThat(Csv.readAll(" 100 ; \"Müller; Söhne\" ;\"x\"y", ';', true)).singleElement()
                .extracting(Csv.Record::fields).isEqualTo(List.of("100", "Müller; Söhne", "xy"));
    }

    @Test
    void refusesAQuoteThatNeverCloses() {
        assertThatThrownBy(() -> Csv.readAll("a,\"open\nb,c\n", ',', false))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("The CSV cannot be read");
    }

    @Test
    void aRuleBrokenByTheCallerPassesThroughUnchanged() {
        assertThatThrownBy(() -> Csv.read("a\nb\n", ',', false, r -> {
            throw new IllegalStateException("caller's own");
        })).isInstanceOf(IllegalStateException.class).hasMessage("caller's own");
    }

    @Test
    void decodesUtf8WithOrWithoutBomElseWindows1252() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Name\n深圳电子\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        assertThat(Csv.decode(all)).isEqualTo("Name\n深圳电子\n");
        assertThat(Csv.decode(body)).isEqualTo("Name\n深圳电子\n");
        assertThat(Csv.decode("Öztürk – €".getBytes(Charset.forName("windows-1252")))).isEqualTo("Öztürk – €");
    }

    @Test
    void picksTheDelimiterUsedMostAndTheFirstCandidateWhenNoneIsUsed() {
        assertThat(Csv.delimiterOf("Vendor;Name;Note, with comma", ',', ';', '\t')).isEqualTo(';');
        assertThat(Csv.delimiterOf("Vendor\tName", ',', ';', '\t')).isEqualTo('\t');
        assertThat(Csv.delimiterOf("Vendor", ',', ';')).isEqualTo(',');
    }

    @Test
    void writesWhatItReads() {
        List<String> fields = List.of("Gold", "L'Orfebre, S.A.", "say \"x\"", " padded ", "", "two\nlines");
        String line = Csv.line(fields);
        assertThat(line).endsWith("\r\n").startsWith("Gold,");
        assertThat(Csv.readAll(line, ',', false)).singleElement().extracting(Csv.Record::fields).isEqualTo(fields);
        assertThat(Csv.line(Arrays.asList("a", null))).isEqualTo("a,\r\n");
    }

    @Test
    void neutralisesSpreadsheetFormulas() {
        assertThat(Csv.spreadsheetSafe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(Csv.spreadsheetSafe("+1")).isEqualTo("'+1");
        assertThat(Csv.spreadsheetSafe("-0-")).isEqualTo("'-0-");
        assertThat(Csv.spreadsheetSafe("@x")).isEqualTo("'@x");
        assertThat(Csv.spreadsheetSafe("Asahi")).isEqualTo("Asahi");
    }
}
