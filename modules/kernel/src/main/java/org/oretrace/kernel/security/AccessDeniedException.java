package org.oretrace.kernel.security;

import jakarta.ejb.ApplicationException;

/** Thrown when a caller lacks the role for an action; the web layer answers 403. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
