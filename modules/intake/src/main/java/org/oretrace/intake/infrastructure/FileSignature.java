package org.oretrace.intake.infrastructure;

import java.nio.charset.StandardCharsets;

/** What kind of file the first bytes say this is, so that a wrong file gets a helpful message. */
enum FileSignature {
    ZIP, OLE2, PDF, IMAGE, TEXT, OTHER;

    static FileSignature of(byte[] bytes) {
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4B, 0x05, 0x06)) {
            return ZIP;
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2;
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return PDF;
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G') || startsWith(bytes, 0xFF, 0xD8, 0xFF)
                || startsWith(bytes, 'G', 'I', 'F', '8') || startsWith(bytes, 'B', 'M')
                || startsWith(bytes, 'I', 'I', 0x2A, 0x00) || startsWith(bytes, 'M', 'M', 0x00, 0x2A)) {
            return IMAGE;
        }
        return looksLikeText(bytes) ? TEXT : OTHER;
    }

    String notAWorkbookMessage() {
        String what = switch (this) {
            case PDF -> "a PDF document";
            case IMAGE -> "a picture";
            case TEXT -> "a text or CSV file";
            default -> "not an Excel workbook";
        };
        return "The file is " + what + ", not the CMRT Excel workbook. Please send the completed CMRT as an .xlsx "
                + "file (a PDF, a scan or a CSV export cannot be read).";
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeText(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        String head = new String(bytes, 0, n, StandardCharsets.UTF_8);
        long control = head.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
        return control == 0;
    }
}
