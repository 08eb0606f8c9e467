package org.oretrace.outreach.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.application.CampaignSettings;
import org.oretrace.outreach.application.CampaignStatistics;
import org.oretrace.outreach.application.CampaignStats;
import org.oretrace.outreach.application.Campaigns;
import org.oretrace.outreach.application.Suppliers;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.FollowUpPolicy;
import org.oretrace.outreach.domain.SupplierCategory;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The list of campaigns and the form that creates one. */
@Named
@ViewScoped
public class CampaignsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Campaigns campaigns;

    @Inject
    CampaignStatistics statistics;

    @Inject
    Suppliers suppliers;

    @Inject
    ApplicationClock clock;

    private Integer year;
    private LocalDate dueDate;
    private String cmrtVersion = "6.5";
    private List<String> categories = new ArrayList<>();
    private String senderName;
    private boolean copyOtherContacts;
    private String reminderDays = "14, 28, 42";
    private Integer escalationDay = FollowUpPolicy.DEFAULT_ESCALATION_DAY;
    private boolean finalNotice = true;

    public record Row(Campaign campaign, CampaignStats stats) implements Serializable {
    }

    public List<Row> getRows() {
        return campaigns.list().stream().map(c -> new Row(c, statistics.forYear(c.getReportingYear()))).toList();
    }

    public List<SupplierCategory> getAllCategories() {
        return suppliers.categories();
    }

    @Allowed(Role.COMPLIANCE)
    public String create() {
        Campaign created = PageMessages.attempt(() -> campaigns.create(new CampaignSettings(year == null ? 0 : year, dueDate,
                cmrtVersion, categories, senderName, copyOtherContacts, FollowUpPolicy.parseDays(reminderDays),
                escalationDay == null ? 0 : escalationDay, finalNotice)));
        return created == null ? null : "/outreach/campaign.xhtml?faces-redirect=true&year=" + created.getReportingYear();
    }

    public Integer getYear() {
        if (year == null) {
            year = clock.today().getYear() - 1;
            dueDate = LocalDate.of(year + 1, 3, 31);
        }
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getCmrtVersion() {
        return cmrtVersion;
    }

    public void setCmrtVersion(String cmrtVersion) {
        this.cmrtVersion = cmrtVersion;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
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
