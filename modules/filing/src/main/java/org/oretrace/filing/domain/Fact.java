package org.oretrace.filing.domain;

/**
 * One computed figure of the report, named by the placeholder that puts it into the text.
 *
 * @param link where the records behind the figure are shown; null when there is no such screen
 */
public record Fact(String key, String label, long value, String link) implements java.io.Serializable {
}
