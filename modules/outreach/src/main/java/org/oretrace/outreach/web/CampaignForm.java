package org.oretrace.outreach.web;

import org.oretrace.outreach.application.CampaignSettings;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.FollowUpPolicy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The editable settings of a campaign, shared by the create form and the campaign page. */
public class CampaignForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate dueDate;
    private String senderName;
    private boolean copyOtherContacts;
    private String reminderDays = "14, 28, 42";
    private Integer escalationDay = FollowUpPolicy.DEFAULT_ESCALATION_DAY;
    private boolean finalNotice = true;

    static CampaignForm of(Campaign campaign) {
        CampaignForm form = new CampaignForm();
        form.dueDate = campaign.getDueDate();
        form.senderName = campaign.getSenderName();
        form.copyOtherContacts = campaign.isCopyOtherContacts();
        FollowUpPolicy policy = campaign.getPolicy();
        form.reminderDays = policy.reminderDays().stream().map(String::valueOf).collect(Collectors.joining(", "));
        form.escalationDay = policy.escalationDay() == null ? 0 : policy.escalationDay();
        form.finalNotice = policy.finalNotice();
        return form;
    }

    /** An escalation day of 0 means "never"; an empty signature clears it. */
    CampaignSettings toSettings(int year, String cmrtVersion, List<String> categories) {
        return new CampaignSettings(year, dueDate, cmrtVersion, categories, senderName == null ? "" : senderName,
                copyOtherContacts, FollowUpPolicy.parseDays(reminderDays), escalationDay == null ? 0 : escalationDay, finalNotice);
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getSenderName() {
        return senderName;
    }

    public void setSenderName(String senderName) {
        this.senderName = senderName;
    }

    public boolean isCopyOtherContacts() {
        return copyOtherContacts;
    }

    public void setCopyOtherContacts(boolean copyOtherContacts) {
        this.copyOtherContacts = copyOtherContacts;
    }

    public String getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(String reminderDays) {
        this.reminderDays = reminderDays;
    }

    public Integer getEscalationDay() {
        return escalationDay;
    }

    public void setEscalationDay(Integer escalationDay) {
        this.escalationDay = escalationDay;
    }

    public boolean isFinalNotice() {
        return finalNotice;
    }

    public void setFinalNotice(boolean finalNotice) {
        this.finalNotice = finalNotice;
    }
}
