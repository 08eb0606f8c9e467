package org.oretrace.intake.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.cmrt.RmiTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One received CMRT or EMRT: how it arrived, what the supplier declared in it and what we found. It is
 * recorded (QUEUED) in the transaction that stores the original, and evaluated afterwards; reading
 * it again replaces the content and findings, never the record of its arrival.
 * <p>
 * Over 350 lines on purpose: the mapping of one table row (about 30 columns and five element collections) and its
 * getters are most of it (the EMRT's minerals, smelter and mine rows are three of those collections), and the behaviour (status decision, acceptance, risk review, re-reading) stays with the
 * data it decides on, as Cargo Tracker keeps it. Moving column groups into embeddables would change every reader's
 * path to them (screens, JSON, rules) for no gain in clarity.
 */
@Entity
@Table(name = "intake_declaration")
public class Declaration implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_declaration_seq")
    @SequenceGenerator(name = "intake_declaration_seq", sequenceName = "intake_declaration_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version")
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stored_file_id", nullable = false, updatable = false)
    private StoredFile storedFile;

    @Column(name = "file_name", nullable = false, length = 500)
    private String fileName;
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private Channel channel;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;
    @Column(name = "received_by", nullable = false, length = 200)
    private String receivedBy;

    @Column(name = "supplier_id")
    private Long supplierId;
    @Column(name = "reporting_year")
    private Integer reportingYear;
    /** The template version the campaign asked for; older files get OUTDATED_TEMPLATE. */
    @Column(name = "expected_template_version", length = 10)
    private String expectedTemplateVersion;

    @Column(name = "mail_from", length = 500)
    private String mailFrom;
    @Column(name = "mail_subject", length = 1000)
    private String mailSubject;
    @Column(name = "mail_date")
    private Instant mailDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DeclarationStatus status = DeclarationStatus.QUEUED;
    /** When a node took this declaration for evaluation; a stale claim means that node died. */
    @Column(name = "claimed_at")
    private Instant claimedAt;
    /** Claims for reading since it was (re)queued; see DeclarationProcessor#MAX_READ_ATTEMPTS. */
    @Column(name = "read_attempts", nullable = false)
    private int readAttempts;
    @Column(name = "evaluated_at")
    private Instant evaluatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_code", length = 40)
    private RejectionCode rejectionCode;
    @Column(name = "rejection_message", length = 2000)
    private String rejectionMessage;

    /** The RMI template the file answers: CMRT, or EMRT when the request asked for one (intake V7). */
    @Enumerated(EnumType.STRING)
    @Column(name = "template", nullable = false, length = 10)
    private RmiTemplate template = RmiTemplate.CMRT;
    @Column(name = "template_version", length = 10)
    private String templateVersion;
    @Column(name = "language", length = 50)
    private String language;
    @Column(name = "macro_enabled", nullable = false)
    private boolean macroEnabled;

    @Embedded
    private Company company = Company.empty();
    @Column(name = "scope", length = 100)
    private String scope;
    @Column(name = "scope_description", length = 2000)
    private String scopeDescription;

    @ElementCollection
    @CollectionTable(name = "intake_answer", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<Answer> answers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "intake_smelter_row", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<SmelterRow> smelters = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "intake_product_row", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<ProductRow> products = new ArrayList<>();

    /** An EMRT's minerals in scope, in the template's order. */
    @ElementCollection
    @CollectionTable(name = "intake_declaration_mineral", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "mineral", nullable = false, length = 20)
    private List<Metal> minerals = new ArrayList<>();

    /** An EMRT's Smelter List (metal column = the mineral); apart from the CMRT's rows, which filing reads for 3TG. */
    @ElementCollection
    @CollectionTable(name = "intake_emrt_smelter_row", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<SmelterRow> emrtSmelters = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "intake_mine_row", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<MineRow> mines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "intake_finding", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<Finding> findings = new ArrayList<>();

    @Column(name = "accepted_by", length = 200)
    private String acceptedBy;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "accepted_reason", length = 2000)
    private String acceptedReason;

    /** Assessments of the red flags, oldest first; the latest one decides. Kept across readings of the file. */
    @ElementCollection
    @CollectionTable(name = "intake_risk_review", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<RiskReview> riskReviews = new ArrayList<>();

    protected Declaration() {
    }

    public Declaration(StoredFile storedFile, String fileName, Channel channel, Instant receivedAt, String receivedBy) {
        this.storedFile = storedFile;
        this.fileName = Text.clip(fileName == null ? storedFile.getOriginalName() : fileName, 500);
        this.channel = channel;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
    }

    /** Links the declaration to its supplier and campaign (either may stay unknown). */
    public void linkTo(Long supplierId, Integer reportingYear, String expectedTemplateVersion) {
        if (supplierId != null) {
            this.supplierId = supplierId;
        }
        if (reportingYear != null) {
            this.reportingYear = reportingYear;
        }
        if (expectedTemplateVersion != null && !expectedTemplateVersion.isBlank()) {
            this.expectedTemplateVersion = expectedTemplateVersion.strip();
        }
    }

    /**
     * Gives the declaration to a supplier (and reporting year) after it arrived without one, e.g. when a
     * person confirms a suggestion. A declaration never moves from one supplier to another: that
     * supplier's request already counts it as a response.
     */
    public void assignTo(long supplierId, Integer reportingYear) {
        if (this.supplierId != null && this.supplierId != supplierId) {
            throw new BusinessRuleException("The declaration already belongs to another supplier");
        }
        if (this.supplierId != null && (reportingYear == null || reportingYear.equals(this.reportingYear))) {
            throw new BusinessRuleException("The declaration is already linked to this supplier");
        }
        this.supplierId = supplierId;
        if (reportingYear != null) {
            this.reportingYear = reportingYear;
        }
    }

    /** The CMRT revision asked for (the campaign's, or the configured one); null means nobody asked for one. */
    public void expectTemplateVersion(String version) {
        this.expectedTemplateVersion = version == null || version.isBlank() ? null : Text.clip(version.strip(), 10);
    }

    public void arrivedByMail(String from, String subject, Instant date) {
        this.mailFrom = Text.clip(from, 500);
        this.mailSubject = Text.clip(subject, 1000);
        this.mailDate = date;
    }

    public void claim(Instant now) {
        this.claimedAt = now;
    }

    /** Forgets the previous reading so that the stored original can be read again. */
    public void requeue() {
        this.status = DeclarationStatus.QUEUED;
        this.claimedAt = null;
        this.readAttempts = 0;
    }

    /**
     * A queued declaration claimed more than {@code maxAttempts} times without its reading ever finishing (each
     * time the node died or ran out of memory on it) is rejected rather than read again: the original stays
     * stored, and the queue moves on.
     *
     * @return whether it was rejected
     */
    public boolean abandonUnfinishedReading(int maxAttempts, Instant now) {
        if (status != DeclarationStatus.QUEUED || readAttempts <= maxAttempts) {
            return false;
        }
        reject(RejectionCode.READ_TIMEOUT, "Reading this file was started " + maxAttempts + " times and never "
                + "finished, so it was stopped. The original is kept. Please save the CMRT again from Excel and send "
                + "that copy.", now);
        return true;
    }

    /** The file could not be read as a CMRT. */
    public void reject(RejectionCode code, String message, Instant now) {
        clearContent();
        this.rejectionCode = code;
        this.rejectionMessage = Text.clip(message, 2000);
        this.status = DeclarationStatus.REJECTED;
        this.evaluatedAt = now;
        this.claimedAt = null;
    }

    /** Takes what was read from the file; findings follow with {@link #evaluate}. */
    @SuppressWarnings("java:S107")
    public void fill(String templateVersion, String language, boolean macroEnabled, Company company, String scope,
                     String scopeDescription, List<Answer> answers, List<SmelterRow> smelters, List<ProductRow> products) {
        clearContent();
        this.templateVersion = templateVersion;
        this.language = language;
        this.macroEnabled = macroEnabled;
        this.company = company;
        this.scope = Text.clip(scope, 100);
        this.scopeDescription = Text.clip(scopeDescription, 2000);
        this.answers.addAll(answers);
        this.smelters.addAll(smelters);
        this.products.addAll(products);
    }

    /** Takes what was read from an EMRT: its minerals, answers per mineral, smelter and mine rows, products. */
    @SuppressWarnings("java:S107")
    public void fillEmrt(String templateVersion, String language, Company company, String scope, String scopeDescription,
                         List<Metal> minerals, List<Answer> answers, List<SmelterRow> smelters, List<MineRow> mines,
                         List<ProductRow> products) {
        fill(templateVersion, language, false, company, scope, scopeDescription, answers, List.of(), products);
        this.template = RmiTemplate.EMRT;
        this.minerals.addAll(minerals);
        this.emrtSmelters.addAll(smelters);
        this.mines.addAll(mines);
    }

    /** The file is this template even though it was rejected (e.g. an EMRT where only a CMRT was asked). */
    public void answersTemplate(RmiTemplate template) {
        this.template = template == null ? RmiTemplate.CMRT : template;
    }

    /**
     * Errors need the supplier to correct the file (unless a person accepted it despite them); then red flags
     * need a person's assessment: the latest one decides (accepted, asked the supplier: follow-up, escalated:
     * still in review); anything less is accepted.
     */
    public void evaluate(List<Finding> newFindings, Instant now) {
        findings.clear();
        findings.addAll(newFindings);
        evaluatedAt = now;
        claimedAt = null;
        status = decideStatus();
    }

    private DeclarationStatus decideStatus() {
        if (errorCount() > 0 && acceptedBy == null) {
            return DeclarationStatus.NEEDS_FOLLOW_UP;
        }
        if (redFlagCount() == 0) {
            return DeclarationStatus.ACCEPTED;
        }
        return latestRiskReview().map(r -> switch (r.getOutcome()) {
            case ACCEPTED_WITH_REASON -> DeclarationStatus.ACCEPTED;
            case ASKED_SUPPLIER -> DeclarationStatus.NEEDS_FOLLOW_UP;
            case ESCALATED -> DeclarationStatus.RISK_REVIEW;
        }).orElse(DeclarationStatus.RISK_REVIEW);
    }

    /** A compliance officer accepts the declaration despite its errors, and says why; red flags still need their review. */
    public void acceptDespiteFindings(String by, String reason, Instant now) {
        if (status == DeclarationStatus.REJECTED || status == DeclarationStatus.QUEUED) {
            throw new BusinessRuleException("Only a declaration that was read can be accepted");
        }
        if (status == DeclarationStatus.RISK_REVIEW || errorCount() == 0 && redFlagCount() > 0) {
            throw new BusinessRuleException("This declaration has red flags: record the risk review (assessment and "
                    + "action) instead");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("A reason is required to accept a declaration with findings");
        }
        org.oretrace.kernel.InputLimits.text("Reason", reason, 2000);
        this.acceptedBy = by;
        this.acceptedAt = now;
        this.acceptedReason = Text.clip(reason, 2000);
        this.status = decideStatus();
    }

    /**
     * Records a compliance officer's assessment of the red flags and the action taken. Possible while the
     * declaration has red flags and no error left for the supplier to correct.
     */
    public boolean awaitsRiskReview() {
        return (status == DeclarationStatus.RISK_REVIEW || status == DeclarationStatus.NEEDS_FOLLOW_UP)
                && redFlagCount() > 0 && (errorCount() == 0 || acceptedBy != null);
    }

    public RiskReview reviewRisk(RiskOutcome outcome, String assessment, String by, Instant now) {
        if (outcome == null) {
            throw new BusinessRuleException("Choose the action: accept with reason, ask the supplier or escalate");
        }
        if (assessment == null || assessment.isBlank()) {
            throw new BusinessRuleException("Write the assessment: why the risk is acceptable, what the supplier is "
                    + "asked, or why it is escalated");
        }
        if (!status.isEvaluated() || status == DeclarationStatus.REJECTED || redFlagCount() == 0) {
            throw new BusinessRuleException("This declaration has no red flags to review");
        }
        if (errorCount() > 0 && acceptedBy == null) {
            throw new BusinessRuleException("The declaration still has errors the supplier must correct; review the "
                    + "red flags once they are resolved");
        }
        if (!awaitsRiskReview()) {
            throw new BusinessRuleException("The red flags of this declaration are already accepted");
        }
        RiskReview review = new RiskReview(outcome, Text.clip(assessment.strip(), 2000), (int) redFlagCount(), by, now);
        riskReviews.add(review);
        status = decideStatus();
        return review;
    }

    private void clearContent() {
        rejectionCode = null;
        rejectionMessage = null;
        templateVersion = null;
        language = null;
        macroEnabled = false;
        company = Company.empty();
        scope = null;
        scopeDescription = null;
        answers.clear();
        smelters.clear();
        products.clear();
        minerals.clear();
        emrtSmelters.clear();
        mines.clear();
        template = RmiTemplate.CMRT;
        findings.clear();
    }

    public long errorCount() {
        return count(Severity.ERROR);
    }

    public long redFlagCount() {
        return findings.stream().filter(Finding::isRedFlag).count();
    }

    public List<Finding> redFlags() {
        return findings.stream().filter(Finding::isRedFlag).toList();
    }

    public List<RiskReview> getRiskReviews() {
        return Collections.unmodifiableList(riskReviews);
    }

    public Optional<RiskReview> latestRiskReview() {
        return riskReviews.isEmpty() ? Optional.empty() : Optional.of(riskReviews.get(riskReviews.size() - 1));
    }

    public long warningCount() {
        return count(Severity.WARNING);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.getSeverity() == severity).count();
    }

    public Optional<Answer> answer(String question, Metal metal) {
        return answers.stream()
                .filter(a -> a.getQuestion().equals(question) && a.getMetal() == metal)
                .findFirst();
    }

    public Long getId() {
        return id;
    }

    public StoredFile getStoredFile() {
        return storedFile;
    }

    public String getFileName() {
        return fileName;
    }

    public Channel getChannel() {
        return channel;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public Integer getReportingYear() {
        return reportingYear;
    }

    public String getExpectedTemplateVersion() {
        return expectedTemplateVersion;
    }

    public String getMailFrom() {
        return mailFrom;
    }

    public String getMailSubject() {
        return mailSubject;
    }

    public Instant getMailDate() {
        return mailDate;
    }

    public DeclarationStatus getStatus() {
        return status;
    }

    public int getReadAttempts() {
        return readAttempts;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }

    public RejectionCode getRejectionCode() {
        return rejectionCode;
    }

    public String getRejectionMessage() {
        return rejectionMessage;
    }

    public RmiTemplate getTemplate() {
        return template;
    }

    public boolean isEmrt() {
        return template == RmiTemplate.EMRT;
    }

    public List<Metal> getMinerals() {
        return Collections.unmodifiableList(minerals);
    }

    public List<SmelterRow> getEmrtSmelters() {
        return Collections.unmodifiableList(emrtSmelters);
    }

    /** The Smelter List of the template the file is: an EMRT's rows, else the CMRT's. */
    public List<SmelterRow> smelterList() {
        return isEmrt() ? getEmrtSmelters() : getSmelters();
    }

    public List<MineRow> getMines() {
        return Collections.unmodifiableList(mines);
    }

    public String getTemplateVersion() {
        return templateVersion;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isMacroEnabled() {
        return macroEnabled;
    }

    public Company getCompany() {
        return company == null ? Company.empty() : company;
    }

    public String getScope() {
        return scope;
    }

    public String getScopeDescription() {
        return scopeDescription;
    }

    public List<Answer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }

    public List<SmelterRow> getSmelters() {
        return Collections.unmodifiableList(smelters);
    }

    public List<ProductRow> getProducts() {
        return Collections.unmodifiableList(products);
    }

    public List<Finding> getFindings() {
        return Collections.unmodifiableList(findings);
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getAcceptedReason() {
        return acceptedReason;
    }
}
