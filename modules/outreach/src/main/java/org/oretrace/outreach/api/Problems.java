package org.oretrace.outreach.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.oretrace.kernel.BusinessRuleException;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Turns the services' refusals into answers a client can act on: a broken business rule 400, an unknown
 * record 404, each with the service's sentence as {"error": ...} and, as in the application's common error
 * shape, {"message": ...}. A body or upload over its limit goes on to the application's mapper (413); anything
 * else is a fault of ours and goes there too (500 with an incident id in the log).
 */
final class Problems {

    private Problems() {
    }

    static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (NoSuchElementException e) {
            throw new NotFoundException(e.getMessage(), json(Response.Status.NOT_FOUND, e.getMessage()));
        } catch (org.oretrace.kernel.InputLimits.TooLargeException e) {
            throw e;
        } catch (BusinessRuleException e) {
            throw badRequest(e.getMessage());
        }
    }

    static BadRequestException badRequest(String message) {
        return new BadRequestException(message, json(Response.Status.BAD_REQUEST, message));
    }

    static Response json(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("status", status.getStatusCode(), "error", message == null ? status.getReasonPhrase() : message,
                        "message", message == null ? status.getReasonPhrase() : message))
                .build();
    }
}
