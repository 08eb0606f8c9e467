package org.oretrace.outreach.infrastructure;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.cmrt.RmiTemplate;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every real RMI template of ../shared/rmi-templates through the detector intake uses too. */
class BlankCmrtInspectorTest {

    private static byte[] template(String file) throws Exception {
        Path dir = Path.of(System.getProperty("oretrace.shared.dir", "../../../shared"), "rmi-templates");
        return Files.readAllBytes(dir.resolve(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.01", "6.1", "6.22", "6.31", "6.4", "6.5"})
    void everyRealCmrtIsACmrtOfItsVersion(String version) throws Exception {
        assertThat(BlankCmrtInspector.version(template("RMI_CMRT_" + version + ".xlsx"))).isEqualTo(version);
    }

    @ParameterizedTest
    @CsvSource({"RMI_EMRT_1.1.xlsx, EMRT", "RMI_EMRT_1.11.xlsx, EMRT", "RMI_EMRT_1.2.xlsx, EMRT", "RMI_EMRT_1.3.xlsx, EMRT",
            "RMI_EMRT_2.0.xlsx, EMRT", "RMI_EMRT_2.1.xlsx, EMRT", "RMI_CRT_2.2.xlsx, CRT", "RMI_CRT_2.21.xlsx, CRT",
            "RMI_AMRT_1.2.xlsx, AMRT", "RMI_AMRT_1.3.xlsx, AMRT"})
    void theOtherRmiTemplatesAreRefusedByName(String file, String name) throws Exception {
        assertThatThrownBy(() -> BlankCmrtInspector.version(template(file)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("(" + name + ")").hasMessageContaining("not the CMRT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1", "1.11", "1.2", "1.3", "2.0", "2.1"})
    void everyRealEmrtIsAnEmrtOfItsVersion(String version) throws Exception {
        assertThat(BlankCmrtInspector.version(template("RMI_EMRT_" + version + ".xlsx"), RmiTemplate.EMRT)).isEqualTo(version);
    }

    @ParameterizedTest
    @CsvSource({"RMI_CMRT_6.5.xlsx, Conflict Minerals Reporting Template (CMRT) revision 6.5",
            "RMI_CMRT_6.01.xlsx, Conflict Minerals Reporting Template (CMRT) revision 6.01",
            "RMI_CRT_2.21.xlsx, Cobalt Reporting Template (CRT)", "RMI_AMRT_1.3.xlsx, Additional Minerals Reporting Template (AMRT)"})
    void aCmrtOrAnotherTemplateUploadedAsTheEmrtIsRefusedByName(String file, String named) throws Exception {
        assertThatThrownBy(() -> BlankCmrtInspector.version(template(file), RmiTemplate.EMRT))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining(named).hasMessageContaining("not the EMRT")
                .hasMessageContaining("upload the blank EMRT");
    }

    @Test
    void aWorkbookThatIsNoTemplateOrNoWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Declaration").createRow(0).createCell(0).setCellValue("our own form");
            book.createSheet("Smelter List");
            book.write(out);
        }
        assertThatThrownBy(() -> BlankCmrtInspector.version(out.toByteArray()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("not a CMRT");
        assertThatThrownBy(() -> BlankCmrtInspector.version("a,b".getBytes()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("Not an Excel workbook");
    }
}
