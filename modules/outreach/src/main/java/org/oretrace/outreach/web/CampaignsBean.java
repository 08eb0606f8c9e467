package org.oretrace.outreach.web;

import org.oretrace.kernel.web.FieldErrors;
import org.oretrace.kernel.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.application.CampaignStatistics;
import org.oretrace.outreach.published.CampaignStats;
import org.oretrace.outreach.application.Campaigns;
import org.oretrace.outreach.application.Suppliers;
import org.oretrace.outreach.domain.Campaign;
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
    private String cmrtVersion = "6.5";
    private List<String> categories = new ArrayList<>();
    private final CampaignForm form = new CampaignForm();

    public record Row(Campaign campaign, CampaignStats stats) implements Serializable {
    }

    public List<Row> getRows() {
        return campaigns.list().stream().map(c -> new Row(c, statistics.forYear(c.getReportingYear()))).toList();
    }

    /** "CMRT 6.5 and EMRT 2.1" */
    public String templatesOf(Campaign campaign) {
        return String.join(" and ", campaign.getTemplates().stream().map(t -> t.name() + " " + campaign.versionOf(t)).toList());
    }

    public List<SupplierCategory> getAllCategories() {
        return suppliers.categories();
    }

    @Allowed(Role.COMPLIANCE)
    public String create() {
        Campaign created = FieldErrors.at("create:year")
                .when("due date", "create:dueDate")
                .when("must answer", "create:dueDate")
                .when("categor", "create:categories")
                .when("cmrt version", "create:cmrtVersion")
                .when("emrt version", "create:emrtVersion")
                .when("the cmrt, the emrt or both", "create:templates")
                .when("reminder", "create:reminders")
                .when("escalation", "create:escalation")
                .attempt(() -> campaigns.create(form.toSettings(year == null ? 0 : year, cmrtVersion,
                categories)));
        return created == null ? null : "/outreach/campaign.xhtml?faces-redirect=true&year=" + created.getReportingYear();
    }

    public Integer getYear() {
        if (year == null) {
            year = clock.today().getYear() - 1;
            form.setDueDate(LocalDate.of(year + 1, 3, 31));
        }
        return year;
    }

    public CampaignForm getForm() {
        return form;
    }

    public void setYear(Integer year) {
        this.year = year;
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










}
