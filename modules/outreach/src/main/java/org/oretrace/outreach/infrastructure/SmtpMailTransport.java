package org.oretrace.outreach.infrastructure;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.oretrace.outreach.application.MailDeliveryException;
import org.oretrace.outreach.application.MailTransport;
import org.oretrace.outreach.application.OutgoingMail;

import java.io.UnsupportedEncodingException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/** Sends outbox mail with Jakarta Mail over SMTP. */
public class SmtpMailTransport implements MailTransport {

    private final Session session;
    private final InternetAddress from;

    /** @param session null when no SMTP server is configured */
    public SmtpMailTransport(Session session, String fromAddress, String fromName) {
        this.session = session;
        try {
            this.from = new InternetAddress(fromAddress, fromName, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean isConfigured() {
        return session != null;
    }

    @Override
    public void send(OutgoingMail mail) throws MailDeliveryException {
        MimeMessage message;
        try {
            message = compose(mail);
        } catch (MessagingException e) {
            // the message itself is unsendable (e.g. a malformed address): retrying will not help
            throw new MailDeliveryException("Cannot compose the message: " + e.getMessage(), true, e);
        }
        try {
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailDeliveryException(describe(e), isPermanent(e), e);
        }
    }

    private MimeMessage compose(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new FixedIdMimeMessage(session, mail.messageId());
        message.setFrom(from);
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        if (!mail.cc().isEmpty()) {
            message.setRecipients(Message.RecipientType.CC, InternetAddress.parse(String.join(",", mail.cc()), true));
        }
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (mail.attachments().isEmpty()) {
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
        } else {
            MimeMultipart multipart = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.body(), StandardCharsets.UTF_8.name());
            multipart.addBodyPart(text);
            for (OutgoingMail.Attachment attachment : mail.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                part.setFileName(attachment.fileName());
                multipart.addBodyPart(part);
            }
            message.setContent(multipart);
        }
        message.saveChanges();
        return message;
    }

    private static String describe(MessagingException e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()).strip());
        Exception next = e.getNextException();
        while (next != null) {
            text.append(" / ").append(String.valueOf(next.getMessage()).strip());
            next = next instanceof MessagingException m ? m.getNextException() : null;
        }
        return text.toString();
    }

    /**
     * A 5xx reply to the recipient or the message is permanent; connection failures and 4xx are not.
     * The reply code lives on Angus's SMTP exceptions, which the API does not expose; read it by name.
     */
    static boolean isPermanent(MessagingException e) {
        Throwable t = e;
        while (t != null) {
            int code = replyCode(t);
            if (code >= 500 && code < 600) {
                return true;
            }
            t = t instanceof MessagingException m && m.getNextException() != null ? m.getNextException() : t.getCause();
        }
        return false;
    }

    private static int replyCode(Throwable t) {
        try {
            Method method = t.getClass().getMethod("getReturnCode");
            return (Integer) method.invoke(t);
        } catch (ReflectiveOperationException | ClassCastException notAnSmtpException) {
            return -1;
        }
    }

    /** Keeps the outbox's Message-ID instead of the one Jakarta Mail would generate on every send. */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
