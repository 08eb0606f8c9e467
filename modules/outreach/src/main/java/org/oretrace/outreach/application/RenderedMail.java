package org.oretrace.outreach.application;

/** A template with its placeholders filled. */
public record RenderedMail(String subject, String body) implements java.io.Serializable {
}
