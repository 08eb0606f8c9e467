package org.oretrace.outreach.infrastructure;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.kernel.cmrt.TemplateDetection;

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

    /** Each real workbook is read once and checked both as the CMRT and as the EMRT of a campaign (reading is the cost). */
    @ParameterizedTest
    @ValueSource(strings = {"6.01", "6.1", "6.22", "6.31", "6.4", "6.5"})
    void everyRealCmrtIsACmrtOfItsVersionAndRefusedAsTheEmrt(String version) throws Exception {
        TemplateDetection detected = BlankCmrtInspector.detect(template("RMI_CMRT_" + version + ".xlsx"), "CMRT");
        assertThat(BlankCmrtInspector.versionOf(detected, RmiTemplate.CMRT)).isEqualTo(version);
        assertThatThrownBy(() -> BlankCmrtInspector.versionOf(detected, RmiTemplate.EMRT))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("This is the RMI Conflict Minerals Reporting Template (CMRT) revision " + version
                        + ", not the EMRT: upload the blank EMRT from the RMI website");
    }

    @ParameterizedTest
    @CsvSource({"RMI_EMRT_1.1.xlsx, EMRT, 1.1", "RMI_EMRT_1.11.xlsx, EMRT, 1.11", "RMI_EMRT_1.2.xlsx, EMRT, 1.2",
            "RMI_EMRT_1.3.xlsx, EMRT, 1.3", "RMI_EMRT_2.0.xlsx, EMRT, 2.0", "RMI_EMRT_2.1.xlsx, EMRT, 2.1",
            "RMI_CRT_2.2.xlsx, CRT,", "RMI_CRT_2.21.xlsx, CRT,", "RMI_AMRT_1.2.xlsx, AMRT,", "RMI_AMRT_1.3.xlsx, AMRT,"})
    void theOtherRmiTemplatesAreRefusedByNameAndEveryEmrtIsAnEmrtOfItsVersion(String file, String name, String emrtVersion)
            throws Exception {
        TemplateDetection detected = BlankCmrtInspector.detect(template(file), "CMRT");
        assertThatThrownBy(() -> BlankCmrtInspector.versionOf(detected, RmiTemplate.CMRT))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("(" + name + ")").hasMessageContaining("not the CMRT");
        if (emrtVersion != null) {
            assertThat(BlankCmrtInspector.versionOf(detected, RmiTemplate.EMRT)).isEqualTo(emrtVersion);
        } else {
            assertThatThrownBy(() -> BlankCmrtInspector.versionOf(detected, RmiTemplate.EMRT))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("(" + name + ")")
                    .hasMessageContaining("not the EMRT: upload the blank EMRT");
        }
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
        assertThatThrownBy(() -> BlankCmrtInspector.version(out.toByteArray(), RmiTemplate.EMRT))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("it is not an EMRT");
    }
}
