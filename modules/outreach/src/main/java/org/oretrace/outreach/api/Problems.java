package org.oretrace.outreach.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Turns the services' exceptions into answers a client can act on: bad input 400, unknown record
 * 404, a state that forbids the action 409, each with the service's sentence as {"error": ...}.
 */
final class Problems {

    private Problems() {
    }

    static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (NoSuchElementException e) {
            throw new NotFoundException(e.getMessage(), json(Response.Status.NOT_FOUND, e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage(), json(Response.Status.BAD_REQUEST, e.getMessage()));
        } catch (IllegalStateException e) {
            throw new ClientErrorException(e.getMessage(), json(Response.Status.CONFLICT, e.getMessage()));
        }
    }

    static BadRequestException badRequest(String message) {
        return new BadRequestException(message, json(Response.Status.BAD_REQUEST, message));
    }

    static Response json(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("status", status.getStatusCode(), "error", message == null ? status.getReasonPhrase() : message))
                .build();
    }
}
