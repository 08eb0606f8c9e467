package org.oretrace.outreach.published;

import java.util.Map;

/**
 * The rounds of communication a campaign actually had, counted from the outbox and the contact log: what the filing's
 * reasonable country-of-origin inquiry reports ("a first request, three reminders, ...").
 *
 * @param mailsSent      mails delivered for the campaign's requests, per {@code MailKind} name (REQUEST, REMINDER, ...)
 * @param contactsLogged contacts logged by a person for the campaign's requests, per {@code ContactChannel} name
 *                       (PHONE, LETTER, MEETING, EXTERNAL_EMAIL)
 */
public record CampaignCommunications(Map<String, Long> mailsSent, Map<String, Long> contactsLogged) {

    public CampaignCommunications {
        mailsSent = Map.copyOf(mailsSent);
        contactsLogged = Map.copyOf(contactsLogged);
    }

    public long mails(String kind) {
        return mailsSent.getOrDefault(kind, 0L);
    }

    public long contacts(String channel) {
        return contactsLogged.getOrDefault(channel, 0L);
    }
}
