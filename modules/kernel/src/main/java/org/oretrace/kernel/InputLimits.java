package org.oretrace.kernel;

import java.io.IOException;
import java.io.InputStream;

/**
 * Limits on what a person or a client may send, checked by the services (a {@link BusinessRuleException},
 * 400 on the API) and mirrored by the screens next to the field. Fixed: each is far above any real value,
 * and only there so that no request can cost more than a few milliseconds of CPU or a column's length.
 */
public final class InputLimits {

    /** Characters in a search box or {@code q} parameter. */
    public static final int SEARCH_CHARACTERS = 200;
    /** Words in a search box or {@code q} parameter. */
    public static final int SEARCH_WORDS = 20;
    /** A name: supplier, contact, smelter, company. */
    public static final int NAME = 300;
    /** A reason, subject or short comment. */
    public static final int REASON = 1000;
    /** Notes and mail texts. */
    public static final int LONG_TEXT = 20_000;

    private InputLimits() {
    }

    /** The search text, or a refusal when it is longer than a search can be. */
    public static String search(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > SEARCH_CHARACTERS) {
            throw new BusinessRuleException("Search text: at most " + SEARCH_CHARACTERS + " characters (" + text.length()
                    + " given)");
        }
        if (text.strip().split("\\s+").length > SEARCH_WORDS) {
            throw new BusinessRuleException("Search text: at most " + SEARCH_WORDS + " words");
        }
        return text;
    }

    /** The value, or a refusal naming the field when it is longer than {@code max} characters. */
    public static String text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new BusinessRuleException(field + ": at most " + max + " characters (" + value.length() + " given)");
        }
        return value;
    }

    /**
     * Reads an upload of at most {@code maxBytes}; a larger one is refused ({@link TooLargeException}, 413 on the
     * API) after reading one byte more than the limit, so that it never costs more memory than that.
     */
    public static byte[] upload(InputStream in, long maxBytes, String what) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new TooLargeException(what + " is larger than " + describe(maxBytes) + "; nothing was stored");
        }
        return bytes;
    }

    private static String describe(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }

    /** A request body or upload over its limit: the API answers 413, screens show the message. */
    public static class TooLargeException extends BusinessRuleException {
        public TooLargeException(String message) {
            super(message);
        }
    }
}
