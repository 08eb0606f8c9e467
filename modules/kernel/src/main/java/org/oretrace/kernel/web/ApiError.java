package org.oretrace.kernel.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The JSON body of every error the REST API answers with, in every module: {@code status} (the HTTP status),
 * {@code error} (its reason phrase), {@code message} (the sentence a person can act on) and, for a fault of ours,
 * {@code incident} (the id to look up in the log). Never a stack trace. The application's exception mappers turn a
 * {@link org.oretrace.kernel.BusinessRuleException} into 400 and a {@link java.util.NoSuchElementException} into
 * 404 with this body, so resources simply let them pass.
 */
public record ApiError(int status, String error, String message, String incident) {

    public static Response response(int status, String reason, String message, String incident) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, reason, message == null ? reason : message, incident)).build();
    }

    public static Response response(Response.Status status, String message) {
        return response(status.getStatusCode(), status.getReasonPhrase(), message, null);
    }
}
