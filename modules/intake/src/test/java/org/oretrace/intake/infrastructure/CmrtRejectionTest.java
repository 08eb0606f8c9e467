package org.oretrace.intake.infrastructure;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oretrace.intake.domain.RejectionCode;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.Repackage;
import org.oretrace.intake.testing.Templates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CmrtRejectionTest {

    private final CmrtReader reader = new CmrtReader();

    @Test
    void emptyFile() {
        assertRejected(reader.read(new byte[0], "empty.xlsx"), RejectionCode.EMPTY_FILE, "empty");
    }

    @Test
    void filesThatAreNoWorkbookAtAll() {
        assertRejected(reader.read("Metal,Smelter\nTin,Alpha\n".getBytes(StandardCharsets.UTF_8), "cmrt.csv"),
                RejectionCode.NOT_XLSX, "CSV");
        assertRejected(reader.read("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), "cmrt.xlsx"),
                RejectionCode.NOT_XLSX, "PDF");
        assertRejected(reader.read(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, "scan.xlsx"),
                RejectionCode.NOT_XLSX, "picture");
        Map<String, byte[]> plainZip = new LinkedHashMap<>();
        plainZip.put("readme.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertRejected(reader.read(Repackage.zip(plainZip), "cmrt.xlsx"), RejectionCode.NOT_XLSX, "ZIP");
    }

    @Test
    void legacyBinaryExcel() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook xls = new HSSFWorkbook()) {
            xls.createSheet("Declaration").createRow(0).createCell(0).setCellValue("CMRT");
            xls.write(out);
        }
        assertRejected(reader.read(out.toByteArray(), "cmrt.xls"), RejectionCode.LEGACY_XLS, ".xls");
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(CmrtFile.of("6.5").toBytes());
            }
            fs.writeFilesystem(out);
        }
        assertRejected(reader.read(out.toByteArray(), "cmrt.xlsx"), RejectionCode.ENCRYPTED, "password");
    }

    @Test
    void damagedFiles() {
        byte[] good = Templates.cmrt("6.22");
        assertRejected(reader.read(Arrays.copyOf(good, good.length / 2), "cut.xlsx"), RejectionCode.CORRUPT_FILE,
                "damaged");
        byte[] brokenXml = Repackage.mapPart(good, "xl/worksheets/sheet4.xml", xml -> xml.substring(0, xml.length() / 3));
        assertRejected(reader.read(brokenXml, "broken.xlsx"), RejectionCode.CORRUPT_FILE, "damaged");
    }

    @Test
    void externalEntitiesAreRefused() {
        byte[] hostile = Repackage.mapPart(Templates.cmrt("6.5"), "xl/worksheets/sheet4.xml", xml -> xml.replaceFirst(
                "<worksheet ", "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet "));
        assertRejected(reader.read(hostile, "xxe.xlsx"), RejectionCode.UNSAFE_FILE, "safety");
    }

    @Test
    void zipBombsAreRefused() {
        byte[] filler = new byte[60 * 1024 * 1024];
        Arrays.fill(filler, (byte) ' ');
        byte[] huge = ("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + new String(filler, StandardCharsets.US_ASCII) + "<sheetData/></worksheet>").getBytes(StandardCharsets.US_ASCII);
        byte[] bomb = Repackage.withPart(Templates.cmrt("6.5"), "xl/worksheets/sheet4.xml", huge);
        assertThat(bomb.length).isLessThan(2 * Templates.cmrt("6.5").length);
        assertRejected(reader.read(bomb, "bomb.xlsx"), RejectionCode.UNSAFE_FILE, "safety");
    }

    @Test
    void tooLarge() {
        CmrtReader small = new CmrtReader(1024 * 1024);
        assertRejected(small.read(Templates.cmrt("6.5"), "big.xlsx"), RejectionCode.TOO_LARGE, "1.0 MB");
    }

    @Test
    void unrelatedWorkbookAndCmrtWithoutItsDeclarationSheet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Budget").createRow(0).createCell(0).setCellValue("Q1");
            wb.write(out);
        }
        assertRejected(reader.read(out.toByteArray(), "budget.xlsx"), RejectionCode.NOT_A_CMRT, "Declaration");

        out.reset();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(CmrtFile.of("6.4").toBytes()))) {
            wb.removeSheetAt(wb.getSheetIndex("Declaration"));
            wb.write(out);
        }
        assertRejected(reader.read(out.toByteArray(), "no-declaration.xlsx"), RejectionCode.NOT_A_CMRT, "Declaration");
    }

    @ParameterizedTest
    @CsvSource({
        "RMI_EMRT_1.1.xlsx, Extended Minerals Reporting Template (EMRT) revision 1.1",
        "RMI_EMRT_1.11.xlsx, Extended Minerals Reporting Template (EMRT) revision 1.11",
        "RMI_EMRT_1.2.xlsx, Extended Minerals Reporting Template (EMRT) revision 1.2",
        "RMI_EMRT_1.3.xlsx, Extended Minerals Reporting Template (EMRT) revision 1.3",
        "RMI_EMRT_2.0.xlsx, Extended Minerals Reporting Template (EMRT) revision 2.0",
        "RMI_EMRT_2.1.xlsx, Extended Minerals Reporting Template (EMRT) revision 2.1",
        "RMI_CRT_2.2.xlsx, Cobalt Reporting Template (CRT) revision 2.2",
        "RMI_CRT_2.21.xlsx, Cobalt Reporting Template (CRT) revision 2.2",
        "RMI_AMRT_1.2.xlsx, Additional Minerals Reporting Template (AMRT) revision 1.2",
        "RMI_AMRT_1.3.xlsx, Additional Minerals Reporting Template (AMRT) revision 1.3"})
    void otherRmiTemplatesAreNamedWithTheirVersion(String file, String expected) {
        assertRejected(reader.read(Templates.bytes(file), file), RejectionCode.OTHER_RMI_TEMPLATE, expected);
    }

    @Test
    void otherTemplatesAreRecognisedEvenWithoutCachedTitles() {
        byte[] openpyxl = Repackage.asOpenpyxl(Templates.bytes("RMI_EMRT_2.1.xlsx"));
        assertRejected(reader.read(openpyxl, "emrt.xlsx"), RejectionCode.OTHER_RMI_TEMPLATE, "(EMRT) revision 2.1");
    }

    @Test
    void cmrtOlderThan601() {
        byte[] old = CmrtFile.of("6.01").set("J3", "Revision 5.12\nApril 26, 2019").toBytes();
        assertRejected(reader.read(old, "old.xlsx"), RejectionCode.UNSUPPORTED_CMRT_VERSION, "revision 5.12");
    }

    private static void assertRejected(CmrtReading reading, RejectionCode code, String messagePart) {
        assertThat(reading.content()).isNull();
        assertThat(reading.rejection().code()).isEqualTo(code);
        assertThat(reading.rejection().message()).contains(messagePart).doesNotContain("Exception");
    }
}
