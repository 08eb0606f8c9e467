package org.oretrace.registry.infrastructure;

import org.junit.jupiter.api.Test;
import org.oretrace.registry.testing.RmiTemplates;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SdnFileTest {

    /**
     * The first 40 lines of the real OFAC snapshot, one name written with its Spanish accents ("COMERCIAL
     * IBEROAMERICANA" as "COMERCIAL IBEROAMÉRICANA, S.A."), OFAC's closing EOF character kept, saved in
     * Windows-1252: before the kernel's CSV reader, this file failed with "mark() not supported".
     */
    @Test
    void importsAWindows1252FileWithQuotedFieldsAndAccents() throws Exception {
        List<String> lines = Files.readAllLines(RmiTemplates.sdnSnapshot(), StandardCharsets.UTF_8).subList(0, 40);
        String slice = String.join("\r\n", lines).replace("COMERCIAL IBEROAMERICANA, S.A.", "COMERCIAL IBEROAMÉRICANA, S.A.")
                + "\r\n\u001A";
        byte[] windows1252 = slice.getBytes(Charset.forName("windows-1252"));
        assertThat(windows1252).doesNotContain("É".getBytes(StandardCharsets.UTF_8));

        List<SdnFile.Entry> entries = SdnFile.read(new ByteArrayInputStream(windows1252), null);

        assertThat(entries).hasSize(40);
        assertThat(entries).filteredOn(e -> e.entNum() == 540).singleElement()
                .extracting(SdnFile.Entry::name).isEqualTo("COMERCIAL IBEROAMÉRICANA, S.A.");
        assertThat(entries).filteredOn(e -> e.entNum() == 173).singleElement()
                .extracting(SdnFile.Entry::name).isEqualTo("ANGLO-CARIBBEAN CO., LTD.");
        SdnFile.Entry bnc = entries.stream().filter(e -> e.entNum() == 306).findFirst().orElseThrow();
        assertThat(bnc.altNames()).containsExactly("BNC");
        assertThat(bnc.programs()).isEqualTo("CUBA");
    }

    @Test
    void readsTheSameEntriesFromUtf8AndWindows1252() throws Exception {
        List<String> lines = Files.readAllLines(RmiTemplates.sdnSnapshot(), StandardCharsets.UTF_8).subList(0, 40);
        String slice = String.join("\n", lines).replace("CASA DE CUBA", "CASA DE CUBA – ÑANDÚ");
        List<SdnFile.Entry> utf8 = SdnFile.read(new ByteArrayInputStream(slice.getBytes(StandardCharsets.UTF_8)), null);
        List<SdnFile.Entry> ansi = SdnFile.read(new ByteArrayInputStream(slice.getBytes(Charset.forName("windows-1252"))), null);
        assertThat(ansi).isEqualTo(utf8);
        assertThat(utf8).extracting(SdnFile.Entry::name).contains("CASA DE CUBA – ÑANDÚ");
    }
}
