package org.oretrace.outreach.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.kernel.reports.DeclarationFindings;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.Contact;
import org.oretrace.outreach.domain.ContactLogEntry;
import org.oretrace.outreach.domain.MailKind;
import org.oretrace.outreach.domain.OutboxMessage;
import org.oretrace.outreach.domain.StoredAttachment;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.SurveyRequest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Writes a request's mails (first request, reminders, escalation, notices) into the outbox and the contact log. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RequestMailer {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    EmailTemplates templates;

    @Inject
    Outbox outbox;

    @Inject
    ApplicationClock clock;

    /** Intake's findings, when intake is deployed (outreach does not depend on it). */
    @Inject
    Instance<DeclarationFindings> findings;

    /** Mails the supplier's addressee (others in copy if the campaign says so); empty when nobody can be mailed. */
    public Optional<OutboxMessage> toSupplier(SurveyRequest request, MailKind kind) {
        Supplier supplier = request.getSupplier();
        Campaign campaign = request.getCampaign();
        Optional<Contact> addressee = supplier.addressee();
        if (addressee.isEmpty()) {
            em.persist(ContactLogEntry.event(supplier, request, clock.now(),
                    kind.label() + " not sent: no contact with a working email address"));
            return Optional.empty();
        }
        Contact contact = addressee.get();
        List<String> cc = campaign.isCopyOtherContacts()
                ? supplier.getContacts().stream().filter(c -> c != contact && c.isMailable()).map(Contact::getEmail).toList()
                : List.of();
        TemplateText text = text(request, kind, contact.getLanguage());
        List<RmiTemplate> concerned = concerned(request, kind);
        RenderedMail mail = templates.render(text, campaign, concerned, supplier, contact.getName(), contact.getLanguage());
        // the request, each reminder and the final notice carry the blank of every template still wanted
        List<StoredAttachment> blanks = kind == MailKind.REQUEST || kind == MailKind.REMINDER || kind == MailKind.FINAL_NOTICE
                ? concerned.stream().map(campaign::blankOf).filter(Objects::nonNull).toList() : List.of();
        OutboxMessage message = outbox.queue(kind, contact.getEmail(), cc, mail, request.getId(), contact.getId(), blanks);
        em.persist(ContactLogEntry.mailQueued(request, message, clock.now()));
        return Optional.of(message);
    }

    /**
     * The templates a mail is about: the request asks for every template it asks (the campaign's, or more for this supplier); a follow-up mail for those
     * that have not come back (a PARTIAL request is reminded of the missing one only).
     */
    static List<RmiTemplate> concerned(SurveyRequest request, MailKind kind) {
        List<RmiTemplate> missing = request.missingTemplates();
        return kind == MailKind.REQUEST || missing.isEmpty() ? request.getTemplates() : missing;
    }

    /**
     * The corrective-action mail repeats the text intake sent through the request; when none was sent,
     * it is intake's draft for the declaration, so the supplier reads what to correct rather than the
     * generic request for a corrected file. The subject stays the campaign's unless intake gave one.
     */
    private TemplateText text(SurveyRequest request, MailKind kind, String language) {
        TemplateText template = templates.effective(request.getCampaign(), kind, language);
        if (kind != MailKind.CORRECTIVE_ACTION) {
            return template;
        }
        if (request.getCorrectiveBody() != null) {
            return new TemplateText(request.getCorrectiveSubject() != null ? request.getCorrectiveSubject() : template.subject(),
                    request.getCorrectiveBody(), "intake");
        }
        if (request.getDeclarationId() == null || !findings.isResolvable()) {
            return template;
        }
        // {sender} is filled like in any template: the campaign's signature
        return findings.get().correctiveText(request.getDeclarationId(), "{sender}")
                .map(body -> new TemplateText(template.subject(), body, "intake's findings"))
                .orElse(template);
    }

    /** Tells the supplier's internal owner (the buyer) that the supplier does not answer. */
    public Optional<OutboxMessage> toOwner(SurveyRequest request) {
        Supplier supplier = request.getSupplier();
        if (supplier.getOwnerEmail() == null) {
            em.persist(ContactLogEntry.event(supplier, request, clock.now(),
                    "Escalation not sent: the supplier has no internal owner with an email address"));
            return Optional.empty();
        }
        TemplateText text = templates.effective(request.getCampaign(), MailKind.ESCALATION, EmailTemplates.ENGLISH);
        RenderedMail mail = templates.render(text, request.getCampaign(), concerned(request, MailKind.ESCALATION), supplier,
                supplier.getOwnerName(), EmailTemplates.ENGLISH);
        OutboxMessage message = outbox.queue(MailKind.ESCALATION, supplier.getOwnerEmail(), List.of(), mail, request.getId(),
                null, List.of());
        em.persist(ContactLogEntry.mailQueued(request, message, clock.now()));
        return Optional.of(message);
    }
}
