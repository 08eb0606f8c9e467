package org.oretrace.filing.application;

import java.util.Arrays;
import java.util.Optional;

/** The documents a filing produces, by the EDGAR-valid file name under which they are downloaded and stored. */
public enum DocumentKind {
    /** Form SD alone as PDF; its exhibit index names {@link #EXHIBIT_PDF}. */
    PDF("form-sd.pdf", "application/pdf"),
    /** Exhibit 1.01 (the Conflict Minerals Report with Annex A) alone as PDF. */
    EXHIBIT_PDF("ex1-01.pdf", "application/pdf"),
    /** Form SD and Exhibit 1.01 in one document: the reading copy the workspace previews. */
    EDGAR_HTML("form-sd.html", "text/html; charset=US-ASCII"),
    /** The EDGAR submission's primary document: Form SD, its exhibit index linking {@link #EXHIBIT_HTML}. */
    FORM_SD_HTML("form-sd.htm", "text/html; charset=US-ASCII"),
    /** Exhibit 1.01, the Conflict Minerals Report with Annex A, as its own EDGAR document. */
    EXHIBIT_HTML("ex1-01.htm", "text/html; charset=US-ASCII"),
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

    /** HTML documents the EDGAR checker must pass. */
    public boolean isEdgarHtml() {
        return this == EDGAR_HTML || this == FORM_SD_HTML || this == EXHIBIT_HTML;
    }

    /** What is submitted to EDGAR (and zipped with a manifest): the two EDGAR documents and their PDF pair. */
    public boolean isSubmitted() {
        return this == FORM_SD_HTML || this == EXHIBIT_HTML || this == PDF || this == EXHIBIT_PDF;
    }

    public static Optional<DocumentKind> byFileName(String name) {
        return Arrays.stream(values()).filter(k -> k.fileName.equals(name)).findFirst();
    }
}
