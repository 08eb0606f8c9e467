package org.oretrace.app.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditEntry;
import org.oretrace.kernel.audit.AuditLog;

import java.time.Instant;
import java.util.List;

/** The audit trail, read-only (COMPLIANCE and ADMIN). */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.COMPLIANCE_NAME)
@Tag(name = "Audit trail")
public class AuditResource {

    public record Entry(Instant occurredAt, String actor, String entityType, String entityId, String action, String summary) {
        static Entry of(AuditEntry e) {
            return new Entry(e.getOccurredAt(), e.getActor(), e.getEntityType(), e.getEntityId(), e.getAction(), e.getSummary());
        }
    }

    @Inject
    AuditLog log;

    @GET
    @Operation(summary = "Audit entries, newest first; from/to are ISO instants, to exclusive")
    public List<Entry> search(@QueryParam("actor") String actor, @QueryParam("type") String type, @QueryParam("id") String id,
                              @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String text,
                              @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("100") int max) {
        AuditLog.Filter filter = new AuditLog.Filter(actor, type, id, instant(from), instant(to), text);
        return log.search(filter, Math.max(0, first), Math.min(Math.max(1, max), 1000)).stream().map(Entry::of).toList();
    }

    private static Instant instant(String text) {
        try {
            return text == null || text.isBlank() ? null : Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new jakarta.ws.rs.BadRequestException("Dates are ISO instants, e.g. 2024-05-31T00:00:00Z");
        }
    }
}
