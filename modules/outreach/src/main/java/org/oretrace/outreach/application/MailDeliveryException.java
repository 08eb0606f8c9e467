package org.oretrace.outreach.application;

/** The SMTP server did not take a mail; permanent when it refused for good (a 5xx reply). */
public class MailDeliveryException extends Exception {

    private final boolean permanent;

    public MailDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean isPermanent() {
        return permanent;
    }
}
