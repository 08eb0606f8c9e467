package org.oretrace.outreach.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.kernel.events.DeclarationEvaluated;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.domain.ContactChannel;
import org.oretrace.outreach.domain.ContactLogEntry;
import org.oretrace.outreach.domain.MailKind;
import org.oretrace.outreach.domain.OutboxMessage;
import org.oretrace.outreach.domain.RequestState;
import org.oretrace.outreach.domain.TemplateNames;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.SurveyRequest;
import org.oretrace.outreach.published.ReceivedDeclarations;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A supplier's requests: what intake's verdict on a returned CMRT does to them, the corrective
 * action mail, and the contact log with manual entries.
 */
@ApplicationScoped
@Transactional
public class SurveyRequests {

    private static final Logger LOG = Logger.getLogger(SurveyRequests.class.getName());

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    RequestMailer mailer;

    @Inject
    AuditTrail audit;

    @Inject
    ApplicationClock clock;

    @Inject
    CurrentUser currentUser;

    /** Intake, when deployed, tells which template a declaration answers; without it every declaration is a CMRT. */
    @Inject
    Instance<ReceivedDeclarations> received;

    public Optional<SurveyRequest> find(long supplierId, int reportingYear) {
        return em.createQuery("select r from SurveyRequest r where r.supplier.id = :s and r.campaign.reportingYear = :y",
                        SurveyRequest.class)
                .setParameter("s", supplierId).setParameter("y", reportingYear).getResultStream().findFirst();
    }

    public SurveyRequest get(long id) {
        SurveyRequest request = em.find(SurveyRequest.class, id);
        if (request == null) {
            throw new NoSuchElementException("No survey request " + id);
        }
        return request;
    }

    public List<SurveyRequest> ofSupplier(long supplierId) {
        return em.createQuery("select r from SurveyRequest r join fetch r.campaign where r.supplier.id = :s"
                + " order by r.campaign.reportingYear desc", SurveyRequest.class).setParameter("s", supplierId).getResultList();
    }

    public List<SurveyRequest> ofCampaign(int reportingYear) {
        return em.createQuery("select r from SurveyRequest r join fetch r.supplier s left join fetch s.category"
                        + " where r.campaign.reportingYear = :y order by s.name", SurveyRequest.class)
                .setParameter("y", reportingYear).getResultList();
    }

    /** Automatic and manual contacts of a request, oldest first. */
    public List<ContactLogEntry> timeline(long requestId) {
        return em.createQuery("select l from ContactLogEntry l left join fetch l.message where l.request.id = :r"
                + " order by l.occurredAt, l.id", ContactLogEntry.class).setParameter("r", requestId).getResultList();
    }

    public List<ContactLogEntry> contactLog(long supplierId) {
        return em.createQuery("select l from ContactLogEntry l left join fetch l.request r left join fetch r.campaign"
                        + " where l.supplier.id = :s order by l.occurredAt desc, l.id desc", ContactLogEntry.class)
                .setParameter("s", supplierId).getResultList();
    }

    /** Logs a phone call, letter, meeting or outside email; with a request it appears in that request's timeline. */
    @Allowed(Role.COMPLIANCE)
    public ContactLogEntry logContact(long supplierId, Long requestId, ContactChannel channel, LocalDate on, String person,
                                      String summary, String outcome) {
        Supplier supplier = em.find(Supplier.class, supplierId);
        if (supplier == null) {
            throw new NoSuchElementException("No supplier with id " + supplierId);
        }
        SurveyRequest request = requestId == null ? null : get(requestId);
        if (request != null && !request.getSupplier().equals(supplier)) {
            throw new BusinessRuleException("That request belongs to another supplier");
        }
        LocalDate day = on == null ? clock.today() : on;
        if (day.isAfter(clock.today())) {
            throw new BusinessRuleException("A contact cannot be logged in the future (" + day + "): give the date it happened, today or earlier");
        }
        var at = day.equals(clock.today()) ? clock.now() : day.atTime(LocalTime.NOON).atZone(clock.zone()).toInstant();
        ContactLogEntry entry = ContactLogEntry.manual(supplier, request, at, channel,
                person == null || person.isBlank() ? currentUser.name() : person, summary, outcome);
        em.persist(entry);
        em.flush();
        audit.record("Supplier", supplier.getSupplierNumber(), "contact logged", channel.label() + ": " + entry.getSummary());
        return entry;
    }

    /**
     * Intake asks the supplier to correct its CMRT: queues the mail now, and later reminders repeat
     * this text instead of the plain reminder. Empty when the supplier has no request that year or
     * no working address.
     */
    public Optional<OutboxMessage> correctiveActionRequested(long supplierId, int reportingYear, String subject, String body) {
        if (body == null || body.isBlank()) {
            throw new BusinessRuleException("A corrective action request needs a text");
        }
        Optional<SurveyRequest> found = find(supplierId, reportingYear);
        if (found.isEmpty()) {
            LOG.info(() -> "Corrective action for supplier " + supplierId + " ignored: not in the " + reportingYear + " campaign");
            return Optional.empty();
        }
        SurveyRequest request = found.get();
        request.correctiveAction(subject, body);
        Optional<OutboxMessage> message = mailer.toSupplier(request, MailKind.CORRECTIVE_ACTION);
        audit.record("SurveyRequest", request.getId(), "corrective action",
                request.getSupplier().getSupplierNumber() + " " + reportingYear + ": " + (subject == null ? "" : subject));
        return message;
    }

    /** Intake's verdict on a returned CMRT: an accepted one ends the follow-up. */
    public void onDeclarationEvaluated(@Observes DeclarationEvaluated event) {
        if (event.supplierId() == null || event.reportingYear() == null) {
            return;
        }
        Supplier supplier = em.find(Supplier.class, event.supplierId());
        if (supplier == null) {
            LOG.warning(() -> "Declaration " + event.declarationId() + " names unknown supplier " + event.supplierId());
            return;
        }
        RmiTemplate template = received.isResolvable() ? received.get().templateOf(event.declarationId()) : RmiTemplate.CMRT;
        apply(supplier, event.reportingYear(), template, event.outcome(), event.declarationId(),
                template.name() + " received (declaration " + event.declarationId() + ")", CurrentUser.SYSTEM);
    }

    /**
     * A response that reached us outside Oretrace's intake (a CMRT by post, through a customer portal,
     * or a written statement): recorded by a person, it counts and stops reminders like an accepted declaration.
     */
    @Allowed(Role.COMPLIANCE)
    public SurveyRequest recordResponse(long supplierId, int reportingYear, DeclarationEvaluated.Outcome outcome, String note) {
        return recordResponse(supplierId, reportingYear, null, outcome, note);
    }

    /** The same for one template; {@code template} null: the campaign's only template, or the CMRT when it asks for both. */
    @Allowed(Role.COMPLIANCE)
    public SurveyRequest recordResponse(long supplierId, int reportingYear, RmiTemplate template,
                                        DeclarationEvaluated.Outcome outcome, String note) {
        Supplier supplier = em.find(Supplier.class, supplierId);
        if (supplier == null) {
            throw new NoSuchElementException("No supplier with id " + supplierId);
        }
        SurveyRequest request = find(supplierId, reportingYear).orElseThrow(() -> new BusinessRuleException(
                supplier.getName() + " is not in the " + reportingYear + " campaign"));
        List<RmiTemplate> asked = request.getTemplates();
        RmiTemplate answered = template != null ? template : asked.size() == 1 ? asked.get(0) : RmiTemplate.CMRT;
        if (!asked.contains(answered)) {
            throw new BusinessRuleException("The " + reportingYear + " campaign asks for " + TemplateNames.codes(asked)
                    + ", not the " + answered.name());
        }
        if (note == null || note.isBlank()) {
            throw new BusinessRuleException("Say how the response came in (e.g. CMRT received by post on 3 March)");
        }
        apply(supplier, reportingYear, answered, outcome, null,
                answered.name() + " response recorded by hand: " + note.strip(), currentUser.name());
        return find(supplierId, reportingYear).orElseThrow();
    }

    private void apply(Supplier supplier, int reportingYear, RmiTemplate template, DeclarationEvaluated.Outcome outcome,
                       Long declarationId, String what, String actor) {
        SurveyRequest request = find(supplier.getId(), reportingYear).orElse(null);
        String verdict = switch (outcome) {
            case ACCEPTED -> "accepted";
            case NEEDS_FOLLOW_UP -> "needs follow-up";
            case RISK_REVIEW -> "received, red flags in risk review";
            case REJECTED -> "rejected";
        };
        if (request != null) {
            switch (outcome) {
                case ACCEPTED, RISK_REVIEW -> request.responded(template, declarationId, clock.now());
                case NEEDS_FOLLOW_UP -> request.needsFollowUp(template, declarationId, clock.now());
                case REJECTED -> { }
            }
        }
        boolean answered = outcome == DeclarationEvaluated.Outcome.ACCEPTED || outcome == DeclarationEvaluated.Outcome.RISK_REVIEW
                || outcome == DeclarationEvaluated.Outcome.NEEDS_FOLLOW_UP;
        String consequence = request == null ? "; the supplier is not in the " + reportingYear + " campaign"
                : !answered ? ""
                : !request.asks(template) ? "; the request did not ask for the " + template.name()
                : request.getState() == RequestState.PARTIAL
                ? "; still missing: " + TemplateNames.codes(request.missingTemplates()) + ", reminders ask for it"
                : outcome != DeclarationEvaluated.Outcome.NEEDS_FOLLOW_UP ? "; reminders stop" : "";
        em.persist(ContactLogEntry.event(supplier, request, clock.now(), what + ": " + verdict + consequence));
        audit.recordAs(actor, "Supplier", supplier.getSupplierNumber(), "response " + verdict,
                reportingYear + ": " + what);
    }
}
