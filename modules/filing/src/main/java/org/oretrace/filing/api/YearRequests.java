package org.oretrace.filing.api;

import jakarta.ws.rs.core.Response;
import org.oretrace.kernel.ReportingYear;

/** What filing's REST resources (filings and our CMRT) do alike with a year's request: check the year, send a file. */
public final class YearRequests {

    private YearRequests() {
    }

    /** A year out of range is refused (400) before anything is read. */
    public static void requireYear(int year) {
        ReportingYear.of(year);
    }

    /** The content as a download named {@code fileName}; with its SHA-256 in {@code X-Content-SHA256} when given. */
    public static Response attachment(Object content, String type, String fileName, String sha256) {
        Response.ResponseBuilder response = Response.ok(content, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        return (sha256 == null ? response : response.header("X-Content-SHA256", sha256)).build();
    }
}
