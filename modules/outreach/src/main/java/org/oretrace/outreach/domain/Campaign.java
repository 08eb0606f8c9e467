package org.oretrace.outreach.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.cmrt.RmiTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The survey of one reporting year (RCOI): who is asked, by when, for which templates (CMRT, EMRT or both) and follow-up. */
@Entity
@Table(name = "campaign")
public class Campaign implements java.io.Serializable {

    /** The templates a campaign can ask for: RMI's CMRT (3TG) and EMRT (cobalt, mica and the other minerals). */
    public static final List<RmiTemplate> ASKABLE = List.of(RmiTemplate.CMRT, RmiTemplate.EMRT);

    public static final String DEFAULT_EMRT_VERSION = "2.1";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "reporting_year", nullable = false, updatable = false)
    private int reportingYear;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "cmrt_version", nullable = false, length = 20)
    private String cmrtVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CampaignStatus status = CampaignStatus.DRAFT;

    /** Fills {sender} in the templates, e.g. "Jane Doe, Compliance, Acme Corp." */
    @Column(name = "sender_name", length = 200)
    private String senderName;

    @Column(name = "copy_other_contacts", nullable = false)
    private boolean copyOtherContacts;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cmrt_attachment_id")
    private StoredAttachment cmrtAttachment;

    @Column(name = "asks_cmrt", nullable = false)
    private boolean asksCmrt = true;

    @Column(name = "asks_emrt", nullable = false)
    private boolean asksEmrt;

    @Column(name = "emrt_version", nullable = false, length = 20)
    private String emrtVersion = DEFAULT_EMRT_VERSION;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "emrt_attachment_id")
    private StoredAttachment emrtAttachment;

    @Embedded
    private FollowUpPolicy policy = FollowUpPolicy.standard();

    @ManyToMany
    @JoinTable(name = "campaign_category", joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    private Set<SupplierCategory> categories = new HashSet<>();

    @Column(name = "launched_at")
    private Instant launchedAt;

    @Column(name = "launched_on")
    private LocalDate launchedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Campaign() {
    }

    public Campaign(ReportingYear year, LocalDate dueDate, String cmrtVersion, Instant now) {
        this.reportingYear = year.value();
        this.createdAt = now;
        this.cmrtVersion = cmrtVersion == null || cmrtVersion.isBlank() ? "6.5" : cmrtVersion.strip();
        reschedule(dueDate);
    }

    public void reschedule(LocalDate newDueDate) {
        if (newDueDate == null) {
            throw new BusinessRuleException("A campaign needs a due date");
        }
        this.dueDate = newDueDate;
    }

    public void requestCmrtVersion(String version) {
        if (version == null || !version.strip().matches("\\d+\\.\\d+")) {
            throw new BusinessRuleException("The CMRT version looks like 6.5, not " + version);
        }
        this.cmrtVersion = version.strip();
    }

    /** The templates each supplier is asked for: the CMRT, the EMRT or both; chosen before the launch. */
    public void askFor(Collection<RmiTemplate> templates) {
        if (templates == null || templates.isEmpty()) {
            throw new BusinessRuleException("A campaign asks for the CMRT, the EMRT or both: choose at least one");
        }
        for (RmiTemplate template : templates) {
            if (!ASKABLE.contains(template)) {
                throw new BusinessRuleException("A campaign asks for the CMRT, the EMRT or both, not the " + template.name());
            }
        }
        boolean cmrt = templates.contains(RmiTemplate.CMRT);
        boolean emrt = templates.contains(RmiTemplate.EMRT);
        if (cmrt != asksCmrt || emrt != asksEmrt) {
            requireDraft("change the templates it asks for");
            this.asksCmrt = cmrt;
            this.asksEmrt = emrt;
        }
    }

    public void requestEmrtVersion(String version) {
        if (version == null || !version.strip().matches("\\d+\\.\\d+")) {
            throw new BusinessRuleException("The EMRT version looks like 2.1, not " + version);
        }
        this.emrtVersion = version.strip();
    }

    /** The templates asked, CMRT first. */
    public List<RmiTemplate> getTemplates() {
        List<RmiTemplate> asked = new ArrayList<>(2);
        if (asksCmrt) {
            asked.add(RmiTemplate.CMRT);
        }
        if (asksEmrt) {
            asked.add(RmiTemplate.EMRT);
        }
        return asked;
    }

    public boolean asks(RmiTemplate template) {
        return template == RmiTemplate.CMRT ? asksCmrt : template == RmiTemplate.EMRT && asksEmrt;
    }

    /** The version the campaign asks for of a template ("6.5", "2.1"). */
    public String versionOf(RmiTemplate template) {
        return template == RmiTemplate.EMRT ? emrtVersion : cmrtVersion;
    }

    /** The blank template uploaded for a template, null when none was. */
    public StoredAttachment blankOf(RmiTemplate template) {
        return template == RmiTemplate.EMRT ? emrtAttachment : template == RmiTemplate.CMRT ? cmrtAttachment : null;
    }

    public void attachBlank(RmiTemplate template, StoredAttachment attachment) {
        switch (template) {
            case CMRT -> this.cmrtAttachment = attachment;
            case EMRT -> this.emrtAttachment = attachment;
            default -> throw new BusinessRuleException("A campaign keeps the blank CMRT and EMRT, not the " + template.name());
        }
    }

    public void chooseCategories(Collection<SupplierCategory> chosen) {
        requireDraft("change the categories");
        categories.clear();
        categories.addAll(chosen);
    }

    public void signAs(String sender) {
        this.senderName = Text.clean(sender);
    }

    public void copyOtherContacts(boolean copy) {
        this.copyOtherContacts = copy;
    }

    public void attachBlankCmrt(StoredAttachment attachment) {
        this.cmrtAttachment = attachment;
    }

    public void changePolicy(FollowUpPolicy newPolicy) {
        this.policy = newPolicy;
    }

    public void launched(Instant at, LocalDate on) {
        requireDraft("launch it");
        this.status = CampaignStatus.LAUNCHED;
        this.launchedAt = at;
        this.launchedOn = on;
    }

    public void close() {
        this.status = CampaignStatus.CLOSED;
    }

    public boolean isDraft() {
        return status == CampaignStatus.DRAFT;
    }

    public boolean isRunning() {
        return status == CampaignStatus.LAUNCHED;
    }

    private void requireDraft(String what) {
        if (status != CampaignStatus.DRAFT) {
            throw new BusinessRuleException("The " + reportingYear + " campaign is " + status.name().toLowerCase()
                    + ": too late to " + what);
        }
    }

    /** The optimistic-lock version: changes with every change of the campaign (kept figures are keyed by it). */
    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public int getReportingYear() {
        return reportingYear;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getEmrtVersion() {
        return emrtVersion;
    }

    public StoredAttachment getEmrtAttachment() {
        return emrtAttachment;
    }

    public String getCmrtVersion() {
        return cmrtVersion;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public String getSenderName() {
        return senderName;
    }

    public boolean isCopyOtherContacts() {
        return copyOtherContacts;
    }

    public StoredAttachment getCmrtAttachment() {
        return cmrtAttachment;
    }

    public FollowUpPolicy getPolicy() {
        return policy;
    }

    public Set<SupplierCategory> getCategories() {
        return Set.copyOf(categories);
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }

    public LocalDate getLaunchedOn() {
        return launchedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
