package org.oretrace.outreach.web;

import org.oretrace.kernel.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.outreach.application.Campaigns;
import org.oretrace.outreach.application.EmailTemplates;
import org.oretrace.outreach.application.RenderedMail;
import org.oretrace.outreach.application.SupplierSearch;
import org.oretrace.outreach.application.Suppliers;
import org.oretrace.outreach.application.TemplateText;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.EmailTemplate;
import org.oretrace.outreach.domain.MailKind;
import org.oretrace.outreach.domain.Supplier;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/** Edits the mail texts per kind, language and campaign, with a preview on a real supplier's data. */
@Named
@ViewScoped
public class TemplatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EmailTemplates templates;

    @Inject
    Campaigns campaigns;

    @Inject
    Suppliers suppliers;

    @Inject
    SupplierSearch search;

    private static final int PREVIEW_CHOICES = 500;

    /** Not kept in the replicated view state: read again after a fail-over. */
    private transient List<SupplierSearch.Choice> choices;

    private Integer campaignYear;
    private MailKind kind = MailKind.REQUEST;
    private String language = EmailTemplates.ENGLISH;
    private String subject;
    private String body;
    private String source;
    private Long previewSupplierId;
    private RenderedMail preview;

    @PostConstruct
    void init() {
        campaignYear = campaigns.list().stream().findFirst().map(Campaign::getReportingYear).orElse(null);
        open();
    }

    /** Shows the text that would be used now for the chosen kind, language and campaign. */
    public void open() {
        TemplateText text = templates.effective(campaign(), kind, language);
        subject = text.subject();
        body = text.body();
        source = text.source();
        preview = null;
    }

    public void preview() {
        Supplier supplier = previewSupplierId == null ? search.firstByName() : suppliers.get(previewSupplierId);
        if (supplier == null) {
            PageMessages.error("Add a supplier first: the preview uses a real supplier's data");
            return;
        }
        if (!EmailTemplate.unknownPlaceholders(subject + " " + body).isEmpty()) {
            PageMessages.error("Unknown placeholder(s) " + EmailTemplate.unknownPlaceholders(subject + " " + body)
                    + "; use " + new TreeSet<>(EmailTemplate.PLACEHOLDERS));
            return;
        }
        String recipient = kind == MailKind.ESCALATION ? supplier.getOwnerName()
                : supplier.primaryContact().map(c -> c.getName()).orElse(null);
        preview = templates.render(new TemplateText(subject, body, source), campaign(), supplier, recipient, language);
    }

    @Allowed(Role.COMPLIANCE)
    public void save() {
        if (PageMessages.attempt(() -> templates.save(campaignYear, kind, language, subject, body)) != null) {
            PageMessages.info(kind.label() + " (" + language + ") saved for " + (campaignYear == null ? "all campaigns" : "the " + campaignYear + " campaign"));
            open();
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void delete(EmailTemplate template) {
        if (PageMessages.attempt(() -> templates.delete(template.getId()))) {
            PageMessages.info("Deleted; the fallback text applies again");
            open();
        }
    }

    private Campaign campaign() {
        return campaignYear == null ? null : campaigns.find(campaignYear).orElse(null);
    }

    public List<EmailTemplate> getStored() {
        return templates.all();
    }

    public List<MailKind> getKinds() {
        return Arrays.stream(MailKind.values()).filter(MailKind::hasTemplate).toList();
    }

    public List<Integer> getCampaignYears() {
        return campaigns.list().stream().map(Campaign::getReportingYear).toList();
    }

    /** The preview list: the first suppliers by name, read once per view and flat (issue 18: it read every supplier, each render). */
    public List<SupplierSearch.Choice> getSuppliers() {
        if (choices == null) {
            choices = search.choices(PREVIEW_CHOICES);
        }
        return choices;
    }

    public String getPlaceholders() {
        return String.join(" ", new TreeSet<>(EmailTemplate.PLACEHOLDERS).stream().map(p -> "{" + p + "}").toList());
    }

    public Integer getCampaignYear() {
        return campaignYear;
    }

    public void setCampaignYear(Integer campaignYear) {
        this.campaignYear = campaignYear;
    }

    public MailKind getKind() {
        return kind;
    }

    public void setKind(MailKind kind) {
        this.kind = kind;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSource() {
        return source;
    }

    public Long getPreviewSupplierId() {
        return previewSupplierId;
    }

    public void setPreviewSupplierId(Long previewSupplierId) {
        this.previewSupplierId = previewSupplierId;
    }

    public RenderedMail getPreview() {
        return preview;
    }
}
