package org.oretrace.outreach.infrastructure;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

import java.util.Properties;

/**
 * Where mail goes ({@code oretrace.mail.*}). A blank host means no SMTP server is configured.
 * Timeouts are short so a dead server costs a retry, not a hung timer.
 */
public record SmtpSettings(String host, int port, String username, String password, String from, boolean startTls,
                           boolean ssl) {

    public boolean isConfigured() {
        return host != null && !host.isBlank();
    }

    /** The mail session, or null when no host is configured. */
    public Session session() {
        if (!isConfigured()) {
            return null;
        }
        String protocol = ssl ? "smtps" : "smtp";
        Properties props = new Properties();
        props.put("mail.transport.protocol", protocol);
        props.put("mail.transport.protocol.rfc822", protocol);
        props.put("mail." + protocol + ".host", host.strip());
        props.put("mail." + protocol + ".port", Integer.toString(port));
        props.put("mail." + protocol + ".connectiontimeout", "10000");
        props.put("mail." + protocol + ".timeout", "30000");
        props.put("mail." + protocol + ".writetimeout", "30000");
        props.put("mail." + protocol + ".from", from == null ? "" : from);
        if (startTls) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        if (ssl) {
            props.put("mail.smtps.ssl.enable", "true");
            props.put("mail.smtps.ssl.checkserveridentity", "true");
        }
        boolean auth = username != null && !username.isBlank();
        props.put("mail." + protocol + ".auth", Boolean.toString(auth));
        Authenticator authenticator = auth ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username, password == null ? "" : password);
            }
        } : null;
        return Session.getInstance(props, authenticator);
    }

    public String fromAddress() {
        return from == null || from.isBlank() ? "oretrace@localhost" : from.strip();
    }
}
