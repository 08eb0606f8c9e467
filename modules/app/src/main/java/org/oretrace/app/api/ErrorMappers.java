package org.oretrace.app.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.InputLimits;
import org.oretrace.kernel.security.AccessDeniedException;
import org.oretrace.kernel.web.ApiError;

import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one set of exception mappers of the REST API: every module's refusals become an {@link ApiError} with the right
 * status (a broken business rule 400, or 413 for a body over its limit; an unknown record 404; a denied role 403);
 * unexpected ones are logged with an incident id (500).
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    static Response json(Response.Status status, String message, String incident) {
        return json(status.getStatusCode(), status.getReasonPhrase(), message, incident);
    }

    static Response json(int status, String reason, String message, String incident) {
        return ApiError.response(status, reason, message, incident);
    }

    /** 400 with the reason; 413 when it is about a body or upload that is too large. */
    static Response refusal(BusinessRuleException e) {
        return json(e instanceof InputLimits.TooLargeException ? Response.Status.REQUEST_ENTITY_TOO_LARGE
                : Response.Status.BAD_REQUEST, e.getMessage(), null);
    }

    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (original.hasEntity()) {
                return original;
            }
            int status = original.getStatus();
            String reason = original.getStatusInfo().getReasonPhrase();
            String message = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? reason : e.getMessage();
            return json(status, reason, message, null);
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            return json(Response.Status.FORBIDDEN, e.getMessage(), null);
        }
    }

    @Provider
    public static class BusinessRule implements ExceptionMapper<BusinessRuleException> {
        @Override
        public Response toResponse(BusinessRuleException e) {
            return refusal(e);
        }
    }

    /** An unknown record (a service's {@code orElseThrow()}): 404 with the service's sentence. */
    @Provider
    public static class NotFound implements ExceptionMapper<NoSuchElementException> {
        @Override
        public Response toResponse(NoSuchElementException e) {
            return json(Response.Status.NOT_FOUND, e.getMessage(), null);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            Throwable cause = unwrap(e);
            if (cause instanceof AccessDeniedException || cause instanceof EJBAccessException) {
                return json(Response.Status.FORBIDDEN, cause.getMessage(), null);
            }
            if (cause instanceof BusinessRuleException refused) {
                return refusal(refused);
            }
            if (cause instanceof NoSuchElementException missing) {
                return json(Response.Status.NOT_FOUND, missing.getMessage(), null);
            }
            if (isUnreadableBody(e)) {
                return json(Response.Status.BAD_REQUEST, "The request body could not be read: send valid JSON of the documented shape", null);
            }
            if (cause instanceof WebApplicationException wae) {
                return new WebApplication().toResponse(wae);
            }
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Incident " + incident + " while answering an API call", e);
            return json(Response.Status.INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side; the administrator can look up incident " + incident + " in the log",
                    incident);
        }

        private static boolean isUnreadableBody(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                String name = t.getClass().getName();
                if (name.startsWith("jakarta.json.") || name.equals("jakarta.ws.rs.ProcessingException")) {
                    return true;
                }
                if (t.getCause() == t) {
                    break;
                }
            }
            return false;
        }

        private static Throwable unwrap(Throwable e) {
            Throwable current = e;
            for (int depth = 0; depth < 10 && current != null; depth++) {
                if (current instanceof AccessDeniedException || current instanceof BusinessRuleException
                        || current instanceof EJBAccessException || current instanceof NoSuchElementException) {
                    return current;
                }
                Throwable next = current instanceof EJBException ejb && ejb.getCausedByException() != null
                        ? ejb.getCausedByException() : current.getCause();
                if (next == null || next == current) {
                    break;
                }
                current = next;
            }
            return e;
        }
    }
}
