package org.oretrace.app.api;

/** The JSON body of every error the API answers with. Never a stack trace. */
public record ApiError(int status, String error, String message, String incident) {
}
