package org.oretrace.outreach.application;

/** A template's subject and body, and where it came from (shown in the editor). */
public record TemplateText(String subject, String body, String source) {
}
