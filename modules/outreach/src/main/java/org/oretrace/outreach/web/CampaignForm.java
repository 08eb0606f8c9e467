package org.oretrace.outreach.web;

import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.outreach.application.CampaignSettings;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.FollowUpPolicy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
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
    private List<String> templates = new ArrayList<>(List.of(RmiTemplate.CMRT.name()));
    private String emrtVersion = Campaign.DEFAULT_EMRT_VERSION;

    static CampaignForm of(Campaign campaign) {
        CampaignForm form = new CampaignForm();
        form.dueDate = campaign.getDueDate();
        form.senderName = campaign.getSenderName();
        form.copyOtherContacts = campaign.isCopyOtherContacts();
        FollowUpPolicy policy = campaign.getPolicy();
        form.reminderDays = policy.reminderDays().stream().map(String::valueOf).collect(Collectors.joining(", "));
        form.escalationDay = policy.escalationDay() == null ? 0 : policy.escalationDay();
        form.finalNotice = policy.finalNotice();
        form.templates = new ArrayList<>(campaign.getTemplates().stream().map(RmiTemplate::name).toList());
        form.emrtVersion = campaign.getEmrtVersion();
        return form;
    }

    /** An escalation day of 0 means "never"; an empty signature clears it. */
    CampaignSettings toSettings(int year, String cmrtVersion, List<String> categories) {
        return new CampaignSettings(year, dueDate, cmrtVersion, categories, senderName == null ? "" : senderName,
                copyOtherContacts, FollowUpPolicy.parseDays(reminderDays), escalationDay == null ? 0 : escalationDay, finalNotice,
                templates == null ? List.of() : templates.stream().map(RmiTemplate::valueOf).toList(),
                emrtVersion == null || emrtVersion.isBlank() ? null : emrtVersion);
    }

    /** The templates a campaign can ask for, as the checkboxes offer them. */
    public List<String> getTemplateChoices() {
        return Campaign.ASKABLE.stream().map(RmiTemplate::name).toList();
    }

    public List<String> getTemplates() {
        return templates;
    }

    public void setTemplates(List<String> templates) {
        this.templates = templates;
    }

    public String getEmrtVersion() {
        return emrtVersion;
    }

    public void setEmrtVersion(String emrtVersion) {
        this.emrtVersion = emrtVersion;
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
