package org.oretrace.outreach.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.EmailTemplate;
import org.oretrace.outreach.domain.MailKind;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.TemplateNames;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Mail texts per kind and language. Lookup order: the campaign's text in the contact's language,
 * the campaign's English text, the organisation's default in that language, its English default,
 * and finally the built-in English text.
 */
@ApplicationScoped
@Transactional
public class EmailTemplates {

    public static final String ENGLISH = "en";

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ApplicationClock clock;

    @Inject
    @ConfigProperty(name = "oretrace.outreach.sender", defaultValue = "The compliance team")
    String defaultSender;

    public TemplateText effective(Campaign campaign, MailKind kind, String language) {
        String lang = language == null ? ENGLISH : language.strip().toLowerCase(Locale.ROOT);
        List<Optional<EmailTemplate>> candidates = new ArrayList<>();
        if (campaign != null) {
            candidates.add(stored(campaign, kind, lang));
            candidates.add(stored(campaign, kind, ENGLISH));
        }
        candidates.add(stored(null, kind, lang));
        candidates.add(stored(null, kind, ENGLISH));
        for (Optional<EmailTemplate> candidate : candidates) {
            if (candidate.isPresent()) {
                EmailTemplate t = candidate.get();
                String source = (t.getCampaign() == null ? "default" : "campaign " + t.getCampaign().getReportingYear())
                        + " text, " + t.getLanguage();
                return new TemplateText(t.getSubject(), t.getBody(), source);
            }
        }
        return DefaultTemplates.of(kind);
    }

    public Optional<EmailTemplate> stored(Campaign campaign, MailKind kind, String language) {
        String jpql = "select t from EmailTemplate t where t.kind = :kind and t.language = :lang and "
                + (campaign == null ? "t.campaign is null" : "t.campaign = :campaign");
        var query = em.createQuery(jpql, EmailTemplate.class).setParameter("kind", kind)
                .setParameter("lang", language.toLowerCase(Locale.ROOT));
        if (campaign != null) {
            query.setParameter("campaign", campaign);
        }
        return query.getResultStream().findFirst();
    }

    public List<EmailTemplate> all() {
        return em.createQuery("select t from EmailTemplate t left join fetch t.campaign"
                + " order by t.kind, t.language", EmailTemplate.class).getResultList();
    }

    /** Saves the text for a kind and language, for one campaign or (campaign null) as the default. */
    @Allowed(Role.COMPLIANCE)
    public EmailTemplate save(Integer campaignYear, MailKind kind, String language, String subject, String body) {
        if (!kind.hasTemplate()) {
            throw new BusinessRuleException(kind.label() + " mail has no template");
        }
        if (language == null || !language.strip().matches("[A-Za-z]{2,3}")) {
            throw new BusinessRuleException("Give the language as a two-letter code such as en, de, fr or zh");
        }
        Campaign campaign = campaignYear == null ? null
                : em.createQuery("select c from Campaign c where c.reportingYear = :y", Campaign.class)
                .setParameter("y", campaignYear).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessRuleException("No campaign for " + campaignYear));
        Optional<EmailTemplate> existing = stored(campaign, kind, language.strip());
        EmailTemplate template;
        if (existing.isPresent()) {
            template = existing.get();
            template.rewrite(subject, body, clock.now());
        } else {
            template = new EmailTemplate(campaign, kind, language, subject, body, clock.now());
            em.persist(template);
            em.flush();
        }
        audit.record("EmailTemplate", template.getId(), existing.isPresent() ? "updated" : "created",
                kind.label() + ", " + template.getLanguage() + (campaign == null ? ", default" : ", campaign " + campaignYear));
        return template;
    }

    @Allowed(Role.COMPLIANCE)
    public void delete(long id) {
        EmailTemplate template = em.find(EmailTemplate.class, id);
        if (template != null) {
            em.remove(template);
            audit.record("EmailTemplate", id, "deleted", template.getKind().label() + ", " + template.getLanguage());
        }
    }

    /** Fills a text with a supplier's real data, as the editor's preview and the mailer do. */
    public RenderedMail render(TemplateText text, Campaign campaign, Supplier supplier, String recipientName, String language) {
        return render(text, campaign, campaign == null ? List.of() : campaign.getTemplates(), supplier, recipientName, language);
    }

    /**
     * The same for a mail about some of the campaign's templates ({templates}: the missing one of a partial answer). A
     * text of the organisation's own that names no template still says which are wanted when the campaign asks for more
     * than the CMRT: a closing line names them.
     */
    public RenderedMail render(TemplateText text, Campaign campaign, List<RmiTemplate> concerned, Supplier supplier,
                               String recipientName, String language) {
        Map<String, String> values = values(campaign, supplier, recipientName, language);
        values.put("templates", TemplateNames.fullNames(concerned));
        values.put("templateCodes", TemplateNames.codes(concerned));
        String body = text.body();
        // a request asking more than its campaign (the EMRT too) names them as well
        boolean onlyCmrt = campaign == null || campaign.getTemplates().equals(List.of(RmiTemplate.CMRT))
                && (concerned.isEmpty() || concerned.equals(List.of(RmiTemplate.CMRT)));
        boolean intakeText = text.source() != null && text.source().startsWith("intake");
        if (!onlyCmrt && !intakeText && !body.contains("{templates}") && !body.contains("{templateCodes}")) {
            body = body.stripTrailing() + "\n\nTemplates asked: {templates}.\n";
        }
        return new RenderedMail(EmailTemplate.fill(text.subject(), values), EmailTemplate.fill(body, values));
    }

    public Map<String, String> values(Campaign campaign, Supplier supplier, String recipientName, String language) {
        Map<String, String> values = new HashMap<>();
        values.put("supplierName", supplier.getName());
        values.put("contactName", recipientName == null || recipientName.isBlank() ? "Sir or Madam" : recipientName);
        LocalDate due = campaign == null ? null : campaign.getDueDate();
        values.put("dueDate", due == null ? "" : due.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(language == null ? ENGLISH : language))));
        values.put("reportingYear", campaign == null ? "" : Integer.toString(campaign.getReportingYear()));
        values.put("sender", campaign != null && campaign.getSenderName() != null ? campaign.getSenderName() : defaultSender);
        List<RmiTemplate> asked = campaign == null ? List.of(RmiTemplate.CMRT) : campaign.getTemplates();
        values.put("templates", TemplateNames.fullNames(asked));
        values.put("templateCodes", TemplateNames.codes(asked));
        return values;
    }
}
