package org.oretrace.filing.rollup.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.cmrt.RmiTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of our own CMRT or EMRT (its {@link #getKind() kind}) for a reporting year: the choices a person made (scope, products, addresses the cover
 * page lacks, policy address, overrides) and, once generated, the workbook with its SHA-256 and the answers as written.
 * Versions work like filings: a draft is generated again and again; a final version never changes; the next version
 * starts from the final one's choices.
 */
@Entity
@Table(name = "rollup_cmrt")
public class CompanyCmrt implements java.io.Serializable {

    public static final int MAX_PRODUCTS_TEXT = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rollup_cmrt_seq")
    @SequenceGenerator(name = "rollup_cmrt_seq", sequenceName = "rollup_cmrt_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    /** CMRT or EMRT: each kind has its own versions per year (filing V6). */
    @Enumerated(EnumType.STRING)
    @Column(name = "template_kind", length = 10, nullable = false)
    private RmiTemplate kind = RmiTemplate.CMRT;

    @Column(name = "reporting_year", nullable = false)
    private int reportingYear;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "final_version", nullable = false)
    private boolean finalVersion;

    @Column(name = "product_level", nullable = false)
    private boolean productLevel;

    @Column(name = "scope_description", length = 1000)
    private String scopeDescription;

    /** One product a line: "number | name". */
    @Column(name = "products", length = MAX_PRODUCTS_TEXT)
    private String products;

    @Column(name = "contact_email", length = 200)
    private String contactEmail;

    @Column(name = "authorizer_email", length = 200)
    private String authorizerEmail;

    @Column(name = "authorizer_phone", length = 50)
    private String authorizerPhone;

    @Column(name = "policy_url", length = 300)
    private String policyUrl;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rollup_cmrt_override", joinColumns = @JoinColumn(name = "cmrt_id"))
    private List<AnswerOverride> overrides = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 200, nullable = false)
    private String createdBy;

    @Column(name = "generated_at")
    private Instant generatedAt;

    @Column(name = "generated_by", length = 200)
    private String generatedBy;

    @Column(name = "template_name", length = 255)
    private String templateName;

    @Column(name = "template_version", length = 10)
    private String templateVersion;

    @Column(name = "sha256", length = 64)
    private String sha256;

    @Column(name = "content")
    private byte[] content;

    /** The answers as written, with their rules and declarations (JSON), so a final version shows what it said. */
    @Column(name = "answers_json", length = 1_000_000)
    private String answersJson;

    @Column(name = "finalized_at")
    private Instant finalizedAt;

    @Column(name = "finalized_by", length = 200)
    private String finalizedBy;

    protected CompanyCmrt() {
    }

    public CompanyCmrt(int reportingYear, int version, Instant now, String user) {
        this(RmiTemplate.CMRT, reportingYear, version, now, user);
    }

    public CompanyCmrt(RmiTemplate kind, int reportingYear, int version, Instant now, String user) {
        if (kind != RmiTemplate.CMRT && kind != RmiTemplate.EMRT) {
            throw new IllegalArgumentException("Our own template is a CMRT or an EMRT, not " + kind);
        }
        this.kind = kind;
        this.reportingYear = reportingYear;
        this.version = version;
        this.createdAt = now;
        this.createdBy = user;
    }

    /** Version N+1, a draft with this version's choices and overrides. */
    public CompanyCmrt next(Instant now, String user) {
        CompanyCmrt n = new CompanyCmrt(kind, reportingYear, version + 1, now, user);
        n.copyChoices(this);
        overrides.forEach(o -> n.overrides.add(o.copy()));
        return n;
    }

    /**
     * Version 1 of our other template (an EMRT beside our CMRT): the same scope, products and addresses, none of the
     * overrides (their questions differ).
     */
    public CompanyCmrt firstOf(RmiTemplate otherKind, Instant now, String user) {
        CompanyCmrt n = new CompanyCmrt(otherKind, reportingYear, 1, now, user);
        n.copyChoices(this);
        return n;
    }

    private void copyChoices(CompanyCmrt from) {
        CompanyCmrt n = this;
        n.productLevel = from.productLevel;
        n.scopeDescription = from.scopeDescription;
        n.products = from.products;
        n.contactEmail = from.contactEmail;
        n.authorizerEmail = from.authorizerEmail;
        n.authorizerPhone = from.authorizerPhone;
        n.policyUrl = from.policyUrl;
    }

    public void choose(boolean productLevel, String scopeDescription, String products, String contactEmail,
                       String authorizerEmail, String authorizerPhone, String policyUrl) {
        requireDraft();
        requireAddress("Contact's email", contactEmail);
        requireAddress("Authorizer's email", authorizerEmail);
        this.productLevel = productLevel;
        this.scopeDescription = trim(scopeDescription);
        this.products = trim(products);
        this.contactEmail = trim(contactEmail);
        this.authorizerEmail = trim(authorizerEmail);
        this.authorizerPhone = trim(authorizerPhone);
        this.policyUrl = trim(policyUrl);
    }

    /** Our template goes to customers who write back to these addresses: a typing error would lose their questions. */
    private static void requireAddress(String field, String address) {
        String clean = trim(address);
        if (clean != null && !org.oretrace.kernel.EmailAddress.isValid(clean)) {
            throw new org.oretrace.kernel.BusinessRuleException(field + " is not an email address: " + clean
                    + " (write it as name@company.com, or leave it empty)");
        }
    }

    /** Replaces the answer of a question; the reason is required (the caller checks answer and reason). */
    public void override(AnswerOverride o) {
        requireDraft();
        overrides.removeIf(x -> x.getQuestionKey().equals(o.getQuestionKey()));
        overrides.add(o);
    }

    public boolean removeOverride(String key) {
        requireDraft();
        return overrides.removeIf(x -> x.getQuestionKey().equals(key));
    }

    public Optional<AnswerOverride> overrideOf(String key) {
        return overrides.stream().filter(o -> o.getQuestionKey().equals(key)).findFirst();
    }

    public void generated(byte[] content, String sha256, String answersJson, String templateName, String templateVersion,
                          Instant now, String user) {
        requireDraft();
        this.content = content;
        this.sha256 = sha256;
        this.answersJson = answersJson;
        this.templateName = templateName;
        this.templateVersion = templateVersion;
        this.generatedAt = now;
        this.generatedBy = user;
    }

    public void finalizeVersion(Instant now, String user) {
        requireDraft();
        if (content == null) {
            throw new BusinessRuleException("Generate the " + kind.name() + " before finalizing version " + version);
        }
        this.finalVersion = true;
        this.finalizedAt = now;
        this.finalizedBy = user;
    }

    private void requireDraft() {
        if (finalVersion) {
            throw new BusinessRuleException("Version " + version + " of our " + reportingYear
                    + " " + kind.name() + " is final; generating starts version " + (version + 1));
        }
    }

    /** Product lines "number | name" (or "number name" without a bar), blank lines skipped. */
    public List<String[]> productRows() {
        List<String[]> rows = new ArrayList<>();
        if (products == null) {
            return rows;
        }
        for (String line : products.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.indexOf('|');
            rows.add(bar < 0 ? new String[]{line.strip(), null}
                    : new String[]{line.substring(0, bar).strip(), trim(line.substring(bar + 1))});
        }
        return rows;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public RmiTemplate getKind() { return kind; }
    public int getReportingYear() { return reportingYear; }
    public int getVersion() { return version; }
    public boolean isFinal() { return finalVersion; }
    public boolean isProductLevel() { return productLevel; }
    public String getScopeDescription() { return scopeDescription; }
    public String getProducts() { return products; }
    public String getContactEmail() { return contactEmail; }
    public String getAuthorizerEmail() { return authorizerEmail; }
    public String getAuthorizerPhone() { return authorizerPhone; }
    public String getPolicyUrl() { return policyUrl; }
    public List<AnswerOverride> getOverrides() { return List.copyOf(overrides); }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getGeneratedAt() { return generatedAt; }
    public String getGeneratedBy() { return generatedBy; }
    public String getTemplateName() { return templateName; }
    public String getTemplateVersion() { return templateVersion; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
    public String getAnswersJson() { return answersJson; }
    public Instant getFinalizedAt() { return finalizedAt; }
    public String getFinalizedBy() { return finalizedBy; }
}
