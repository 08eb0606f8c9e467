package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.outreach.published.SupplierRequests;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.InputLimits;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.events.DeclarationEvaluated;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;

import java.util.List;
import java.util.Optional;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receiving and reading declarations. A file is first stored with its declaration (QUEUED) in one
 * transaction, before anything reads it; reading follows in a transaction of its own. Whatever
 * happens in between, the file is stored and the queue will read it (see {@link IntakeQueue}).
 */
@ApplicationScoped
public class DeclarationIntake {

    private static final Logger LOG = Logger.getLogger(DeclarationIntake.class.getName());

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    DeclarationProcessor processor;

    @Inject
    Reception reception;

    @Inject
    IntakeSettings settings;

    @Inject
    ApplicationClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<DeclarationEvaluated> evaluated;

    @Inject
    SupplierRequests requests;

    @Inject
    SupplierLinks links;

    /** A person (screen or API) hands in a file: stored, then read at once. */
    @Allowed(Role.COMPLIANCE)
    public Received submit(Incoming incoming) {
        String actor = currentUser.name();
        Received received = reception.store(incoming, actor);
        // a duplicate is read again only when it was queued, e.g. because this upload linked it to its supplier;
        // read from the bytes in hand (the same content, by SHA-256) rather than fetched back from the database
        read(received.declarationId(), actor, incoming.bytes());
        return received;
    }

    /**
     * Stores the original and records its arrival (see {@link Reception#store}). No role check: the
     * mailbox poller calls it as "mailbox".
     */
    public Received store(Incoming in, String actor) {
        return reception.store(in, actor);
    }

    /** Reads a queued declaration if nobody else is; never throws for a bad file. */
    public DeclarationStatus read(long id, String actor) {
        return read(id, actor, null);
    }

    /** @param original the stored original's bytes when the caller has them in hand, else null */
    private DeclarationStatus read(long id, String actor, byte[] original) {
        if (!processor.claim(id)) {
            return null;
        }
        try {
            return processor.process(id, actor, original);
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Incident " + incident + ": declaration " + id + " could not be read", e);
            processor.fail(id, actor, incident);
            return DeclarationStatus.REJECTED;
        }
    }

    /** Reads a stored original again (e.g. after a registry update), without the supplier re-sending it. */
    @Allowed(Role.COMPLIANCE)
    public DeclarationStatus reread(long id) {
        reception.requeue(id, currentUser.name());
        return read(id, currentUser.name());
    }

    @Allowed(Role.COMPLIANCE)
    public void requeue(long id) {
        reception.requeue(id, currentUser.name());
    }

    /** Queues every stored declaration to be read again; the queue works through them in the background. */
    @Allowed(Role.COMPLIANCE)
    @Transactional
    public int requeueAll() {
        int count = em.createQuery("update Declaration d set d.status = :q, d.claimedAt = null, d.readAttempts = 0 "
                        + "where d.status <> :q")
                .setParameter("q", DeclarationStatus.QUEUED).executeUpdate();
        audit.record("Declaration", null, "queued", count + " declarations queued to be read again");
        return count;
    }

    /** A compliance officer accepts a declaration despite its findings; the reason is kept and audited. */
    @Allowed(Role.COMPLIANCE)
    @Transactional
    public void accept(long id, String reason) {
        Declaration d = em.find(Declaration.class, id);
        if (d == null) {
            throw new BusinessRuleException("Declaration " + id + " does not exist");
        }
        d.acceptDespiteFindings(currentUser.name(), reason, clock.now());
        audit.record("Declaration", id, "accepted", "accepted despite " + d.errorCount() + " error(s): " + reason.strip());
        evaluated.fire(new DeclarationEvaluated(id, d.getSupplierId(), d.getReportingYear(),
                DeclarationEvaluated.Outcome.ACCEPTED));
    }

    /**
     * Where a corrective-action email went ({@code to} null: the supplier has no working address, the
     * request keeps the text for its next reminder), and whether it went through the supplier's request.
     */
    public record CorrectiveActionSent(String to, boolean throughRequest) {
    }

    /**
     * Sends the (edited) corrective-action email. A declaration of a supplier asked in a campaign goes
     * through that request in outreach: mailed to the supplier's contact, shown in the request's
     * timeline, repeated by later reminders instead of the plain one. Any other declaration (no
     * supplier, or a supplier not asked that year) is mailed to the address given. Either way the
     * mail leaves through the outbox when the transaction commits.
     */
    @Allowed(Role.COMPLIANCE)
    @Transactional
    public CorrectiveActionSent sendCorrectiveAction(long id, String to, String subject, String body) {
        Declaration d = em.find(Declaration.class, id);
        if (d == null) {
            throw new BusinessRuleException("Declaration " + id + " does not exist");
        }
        if (subject == null || subject.isBlank()) {
            throw new BusinessRuleException("The email needs a subject: write one, e.g. \"Your CMRT: please correct two answers\"");
        }
        if (body == null || body.isBlank()) {
            throw new BusinessRuleException("The email needs a text: say what the supplier should correct, and where");
        }
        InputLimits.text("Subject", subject, 500);
        InputLimits.text("Text", body, InputLimits.LONG_TEXT);
        InputLimits.text("Address", to, 320);
        // outreach's rules decide the way: through the supplier's request of the year, or to the address given
        SupplierRequests.CorrectiveActionMail mail = requests.sendCorrectiveAction(d.getSupplierId(), d.getReportingYear(),
                to, subject.strip(), body);
        if (mail.throughRequest()) {
            audit.record("Declaration", id, "corrective action sent", (mail.sentTo() == null ? "kept for the next reminder (no "
                    + "working address)" : "to " + mail.sentTo()) + " through the " + d.getReportingYear() + " request: "
                    + subject.strip());
        } else {
            audit.record("Declaration", id, "corrective action sent", "to " + mail.sentTo() + " (no survey request): "
                    + subject.strip());
        }
        return new CorrectiveActionSent(mail.sentTo(), mail.throughRequest());
    }

    /**
     * Links a declaration that came without a supplier to one (a confirmed suggestion or a person's
     * choice) and reads it again: its findings then know the campaign, and the supplier's request
     * records the response exactly as for an upload made for that supplier.
     *
     * @param reportingYear null: the declaration's own, else the supplier's current campaign
     */
    @Allowed(Role.COMPLIANCE)
    public DeclarationStatus linkToSupplier(long id, long supplierId, Integer reportingYear) {
        String actor = currentUser.name();
        reception.link(id, supplierId, reportingYear, actor);
        return read(id, actor);
    }
}
