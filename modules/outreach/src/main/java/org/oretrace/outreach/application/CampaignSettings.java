package org.oretrace.outreach.application;

import org.oretrace.kernel.cmrt.RmiTemplate;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as set up on screen or through the API; null fields keep their current (or default) value.
 *
 * @param templates   the templates asked for: CMRT, EMRT or both (null: unchanged; a new campaign asks for the CMRT)
 * @param emrtVersion the EMRT version asked for, e.g. "2.1"
 */
public record CampaignSettings(int reportingYear, LocalDate dueDate, String cmrtVersion, List<String> categories,
                               String senderName, Boolean copyOtherContacts, List<Integer> reminderDays,
                               Integer escalationDay, Boolean finalNotice, List<RmiTemplate> templates, String emrtVersion) {

    /** A CMRT campaign's settings (what every campaign was before the EMRT). */
    public CampaignSettings(int reportingYear, LocalDate dueDate, String cmrtVersion, List<String> categories,
                            String senderName, Boolean copyOtherContacts, List<Integer> reminderDays,
                            Integer escalationDay, Boolean finalNotice) {
        this(reportingYear, dueDate, cmrtVersion, categories, senderName, copyOtherContacts, reminderDays, escalationDay,
                finalNotice, null, null);
    }

    public static CampaignSettings of(int year, LocalDate dueDate, List<String> categories) {
        return new CampaignSettings(year, dueDate, null, categories, null, null, null, null, null);
    }
}
