package org.oretrace.app.security;

import jakarta.security.enterprise.credential.Credential;

/** The secret of a personal API token, sent as {@code Authorization: Bearer <token>}. */
public record ApiTokenCredential(String token) implements Credential {
}
