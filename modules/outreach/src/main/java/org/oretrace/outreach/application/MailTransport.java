package org.oretrace.outreach.application;

/** Hands a mail to the SMTP server. */
public interface MailTransport {

    /** False when no SMTP server is configured: mail then waits in the outbox. */
    boolean isConfigured();

    void send(OutgoingMail mail) throws MailDeliveryException;
}
