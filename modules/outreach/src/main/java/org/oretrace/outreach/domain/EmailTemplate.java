package org.oretrace.outreach.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.oretrace.kernel.BusinessRuleException;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one kind of mail in one language. Without a campaign it is the organisation's
 * default; with one it overrides the default for that campaign.
 */
@Entity
@Table(name = "email_template")
public class EmailTemplate implements java.io.Serializable {

    public static final Set<String> PLACEHOLDERS = Set.of("supplierName", "contactName", "dueDate", "reportingYear", "sender",
            "templates", "templateCodes");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_template_seq")
    @SequenceGenerator(name = "email_template_seq", sequenceName = "email_template_seq", allocationSize = 50)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private MailKind kind;

    @Column(name = "language", nullable = false, length = 10)
    private String language;

    @Column(name = "subject", nullable = false, length = 500)
    private String subject;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected EmailTemplate() {
    }

    public EmailTemplate(Campaign campaign, MailKind kind, String language, String subject, String body, Instant now) {
        this.campaign = campaign;
        this.kind = kind;
        this.language = language.strip().toLowerCase(Locale.ROOT);
        rewrite(subject, body, now);
    }

    public void rewrite(String newSubject, String newBody, Instant now) {
        if (Text.clean(newSubject) == null || Text.clean(newBody) == null) {
            throw new BusinessRuleException("A template needs a subject and a body");
        }
        org.oretrace.kernel.InputLimits.text("Subject", newSubject, 500);
        org.oretrace.kernel.InputLimits.text("Body", newBody, org.oretrace.kernel.InputLimits.LONG_TEXT);
        Set<String> unknown = unknownPlaceholders(newSubject + " " + newBody);
        if (!unknown.isEmpty()) {
            throw new BusinessRuleException("Unknown placeholder(s) " + unknown + "; use " + new TreeSet<>(PLACEHOLDERS));
        }
        this.subject = newSubject.strip();
        this.body = newBody;
        this.updatedAt = now;
    }

    public static Set<String> unknownPlaceholders(String text) {
        Set<String> unknown = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                unknown.add("{" + m.group(1) + "}");
            }
        }
        return unknown;
    }

    /** Replaces the placeholders; a missing value leaves an empty string rather than the raw "{x}". */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = PLACEHOLDERS.contains(m.group(1)) ? values.getOrDefault(m.group(1), "") : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
