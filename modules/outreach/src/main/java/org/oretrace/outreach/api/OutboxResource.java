package org.oretrace.outreach.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oretrace.outreach.application.Outbox;
import org.oretrace.outreach.domain.OutboxMessage;
import org.oretrace.outreach.domain.OutboxState;
import org.oretrace.outreach.domain.StoredAttachment;

import java.time.Instant;
import java.util.List;

@Path("outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outbox", description = "Every mail Oretrace sends, with its delivery state")
public class OutboxResource {

    @Inject
    Outbox outbox;

    public record MessageJson(long id, String kind, String to, List<String> cc, String subject, String body,
                              List<String> attachments, String state, int attempts, Instant createdAt, Instant nextAttemptAt,
                              Instant sentAt, String lastError, Long requestId) {
        static MessageJson of(OutboxMessage m) {
            return new MessageJson(m.getId(), m.getKind().name(), m.getTo(), m.ccList(), m.getSubject(), m.getBody(),
                    m.getAttachments().stream().map(StoredAttachment::getFileName).toList(), m.getState().name(),
                    m.getAttempts(), m.getCreatedAt(), m.getNextAttemptAt(), m.getSentAt(), m.getLastError(), m.getRequestId());
        }
    }

    @GET
    @RolesAllowed("VIEWER")
    @Operation(summary = "Outbox messages, newest first", description = "state: QUEUED, SENDING, SENT or FAILED")
    public List<MessageJson> list(@QueryParam("state") String state, @QueryParam("q") String search,
                                  @QueryParam("limit") @DefaultValue("500") int limit) {
        return outbox.list(SupplierResource.parse(OutboxState.class, state), search,
                Math.max(1, Math.min(limit, 5000))).stream().map(MessageJson::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed("VIEWER")
    @Operation(summary = "One message")
    public MessageJson get(@PathParam("id") long id) {
        return MessageJson.of(outbox.get(id));
    }

    @POST
    @Path("{id}/retry")
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Queue a failed message again")
    public MessageJson retry(@PathParam("id") long id) {
        outbox.retry(id);
        return MessageJson.of(outbox.get(id));
    }
}
