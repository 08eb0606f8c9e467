package org.oretrace.outreach.application;

import java.time.LocalDate;
import java.util.List;

/** A campaign as set up on screen or through the API; null fields keep their current (or default) value. */
public record CampaignSettings(int reportingYear, LocalDate dueDate, String cmrtVersion, List<String> categories,
                               String senderName, Boolean copyOtherContacts, List<Integer> reminderDays,
                               Integer escalationDay, Boolean finalNotice) {

    public static CampaignSettings of(int year, LocalDate dueDate, List<String> categories) {
        return new CampaignSettings(year, dueDate, null, categories, null, null, null, null, null);
    }
}
