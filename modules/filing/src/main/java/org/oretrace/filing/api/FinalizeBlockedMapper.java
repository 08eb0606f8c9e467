package org.oretrace.filing.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.oretrace.filing.application.FinalizeBlockedException;

/**
 * A finalization refused by blocking pre-flight items answers 409 (the filing's state conflicts with the request;
 * resolving the items elsewhere makes the same request succeed), in the common error shape plus the items. More
 * specific than the application's BusinessRuleException mapper (400), so JAX-RS picks this one.
 */
@Provider
public class FinalizeBlockedMapper implements ExceptionMapper<FinalizeBlockedException> {

    @Override
    public Response toResponse(FinalizeBlockedException e) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new FilingJson.FinalizeBlocked(409, "Conflict", e.getMessage(),
                        e.items().stream().map(FilingJson.PreflightItemJson::of).toList())).build();
    }
}
