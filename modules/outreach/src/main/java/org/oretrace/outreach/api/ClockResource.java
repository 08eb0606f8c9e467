package org.oretrace.outreach.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oretrace.kernel.web.ApiError;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.time.ApplicationClock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** Moves the application's clock in tests and demos; refused (409) unless oretrace.clock.adjustable=true. */
@Path("clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class ClockResource {

    @Inject
    ApplicationClock clock;

    @Inject
    AuditTrail audit;

    public record ClockJson(Instant now, LocalDate today, String zone, boolean adjustable) {
    }

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "The application's current time")
    public ClockJson get() {
        return new ClockJson(clock.now(), clock.today(), clock.zone().getId(), clock.isAdjustable());
    }

    @POST
    @Path("advance")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Move the clock forward by whole days (tests and demos only)")
    public ClockJson advance(@QueryParam("days") int days, @QueryParam("hours") int hours) {
        if (!clock.isAdjustable()) {
            throw new ClientErrorException(ApiError.response(Response.Status.CONFLICT,
                    "The clock is not adjustable (oretrace.clock.adjustable=false)"));
        }
        if (days < 0 || hours < 0 || days > 3660) {
            throw new BusinessRuleException("days and hours must be positive");
        }
        clock.advance(Duration.ofDays(days).plusHours(hours));
        audit.record("Clock", null, "advanced", days + " days " + hours + " hours, now " + clock.now());
        return get();
    }
}
