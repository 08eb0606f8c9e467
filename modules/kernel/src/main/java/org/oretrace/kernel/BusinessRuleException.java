package org.oretrace.kernel;

import jakarta.ejb.ApplicationException;

/**
 * A request that breaks a business rule ("the last administrator cannot be disabled"). The message
 * is meant for the person who asked: screens show it, the REST API answers 400 with it.
 */
@ApplicationException(rollback = true)
public class BusinessRuleException extends RuntimeException {
    public BusinessRuleException(String message) {
        super(message);
    }

    /** The cause stays for the log (e.g. why a parser gave up); the person sees only the message. */
    public BusinessRuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
