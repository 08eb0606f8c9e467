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

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** The survey of one reporting year (RCOI): who is asked, by when, with which template and follow-up. */
@Entity
@Table(name = "campaign")
public class Campaign implements java.io.Serializable {

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

    public Long getId() {
        return id;
    }

    public int getReportingYear() {
        return reportingYear;
    }

    public LocalDate getDueDate() {
        return dueDate;
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
