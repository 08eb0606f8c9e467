package org.oretrace.intake.api;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oretrace.intake.application.MailLedger;
import org.oretrace.intake.application.MailboxIntake;
import org.oretrace.intake.application.RefusedMails;
import org.oretrace.intake.domain.MailRefusal;
import org.oretrace.intake.infrastructure.Mailbox;
import org.oretrace.kernel.BusinessRuleException;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

@Path("mailbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mailbox", description = "The IMAP mailbox intake: check now, and the mails refused for going over a limit")
public class MailboxResource {

    public record RefusalJson(long id, Instant refusedAt, String from, String subject, Instant sentAt, String messageId,
                              long sizeBytes, String reason, int filesKept, long bytesKept, String keptIn) {
        static RefusalJson of(MailRefusal r) {
            return new RefusalJson(r.getId(), r.getRefusedAt(), r.getMailFrom(), r.getMailSubject(), r.getMailDate(),
                    r.getMessageId(), r.getSizeBytes(), r.getReason(), r.getFilesKept(), r.getBytesKept(), r.getKeptIn());
        }
    }

    @Inject
    MailboxIntake mailbox;

    @Inject
    MailLedger ledger;

    @Inject
    RefusedMails refusedMails;

    @POST
    @Path("poll")
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "Check the mailbox now", description = "Takes in what waits in the folder, as the timer does; "
            + "400 when the mailbox is off (oretrace.mailbox.host not set).")
    public Mailbox.Result poll() {
        if (!mailbox.isOn()) {
            throw new BusinessRuleException("The mailbox is off: oretrace.mailbox.host is not set");
        }
        return mailbox.pollNow();
    }

    @GET
    @Path("refusals")
    @RolesAllowed("VIEWER")
    @Operation(summary = "Mails refused for going over a limit, newest first", description = "With the reason, what was "
            + "stored of them, and the mail folder that keeps the original message.")
    public List<RefusalJson> refusals(@QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("max") @DefaultValue("100") int max) {
        return ledger.refusals(Math.max(0, first), Math.min(Math.max(1, max), 500)).stream().map(RefusalJson::of).toList();
    }

    @GET
    @Path("refusals/{id}/original")
    @Produces("message/rfc822")
    @RolesAllowed("COMPLIANCE")
    @Operation(summary = "The original of a refused mail (.eml), as the mail server keeps it in the refused folder",
            description = "Fetched from the mail server on request (Oretrace keeps the refusal, the server the mail); "
                    + "400 with the reason when there is no such refusal, the mailbox is off or the mail is no longer there.")
    public Response original(@PathParam("id") long id) {
        RefusedMails.Original original = refusedMails.original(id);
        StreamingOutput body = out -> {
            try {
                Files.copy(original.file(), out);
            } finally {
                Files.deleteIfExists(original.file());
            }
        };
        return Response.ok(body, "message/rfc822")
                .header("Content-Disposition", "attachment; filename=\"" + original.fileName() + "\"").build();
    }
}
