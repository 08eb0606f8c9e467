package org.oretrace.intake.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** The parts of a CMRT upload as {@link DeclarationResource} reads them: the file within its limit, supplier and year. */
final class UploadParts {

    private UploadParts() {
    }

    /** Reads at most one byte more than the upload limit: a larger file is refused with 413, nothing stored. */
    static byte[] readLimited(EntityPart part, long maxUploadBytes) {
        byte[] bytes;
        try (InputStream in = part.getContent()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxUploadBytes + 1));
        } catch (IOException e) {
            throw new BadRequestException("The uploaded file could not be read: " + e.getMessage());
        }
        if (bytes.length > maxUploadBytes) {
            throw new ClientErrorException("The file is larger than " + maxUploadBytes
                    + " bytes (oretrace.intake.max-upload-bytes); nothing was stored", Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        return bytes;
    }

    static Long number(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a number");
        }
    }

    static Integer year(String text) {
        Long year = number(text, "campaign (reporting year)");
        if (year == null) {
            return null;
        }
        if (year < 2013 || year > 2100) {
            throw new BadRequestException("campaign must be a reporting year such as 2024");
        }
        return year.intValue();
    }

    static String contentType(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsm")) {
            return "application/vnd.ms-excel.sheet.macroEnabled.12";
        }
        if (lower.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }
}
