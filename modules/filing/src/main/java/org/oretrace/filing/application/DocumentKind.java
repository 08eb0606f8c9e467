package org.oretrace.filing.application;

import java.util.Arrays;
import java.util.Optional;

/** The documents a filing produces, by the EDGAR-valid file name under which they are downloaded and stored. */
public enum DocumentKind {
    PDF("form-sd.pdf", "application/pdf"),
    EDGAR_HTML("form-sd.html", "text/html; charset=US-ASCII"),
    WORKING_FILE("smelters.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String fileName;
    private final String contentType;

    DocumentKind(String fileName, String contentType) {
        this.fileName = fileName;
        this.contentType = contentType;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<DocumentKind> byFileName(String name) {
        return Arrays.stream(values()).filter(k -> k.fileName.equals(name)).findFirst();
    }
}
