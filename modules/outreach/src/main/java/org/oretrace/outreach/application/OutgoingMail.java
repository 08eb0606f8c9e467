package org.oretrace.outreach.application;

import org.oretrace.outreach.domain.OutboxMessage;

import java.util.List;

/** A claimed outbox message copied out of the persistence context, so it can be sent outside a transaction. */
public record OutgoingMail(long id, String messageId, String to, List<String> cc, String subject, String body,
                           List<Attachment> attachments, Long contactId) {

    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    public static OutgoingMail of(OutboxMessage message) {
        return new OutgoingMail(message.getId(), message.getMessageId(), message.getTo(), message.ccList(),
                message.getSubject(), message.getBody(),
                message.getAttachments().stream()
                        .map(a -> new Attachment(a.getFileName(), a.getContentType(), a.getContent())).toList(),
                message.getContactId());
    }
}
