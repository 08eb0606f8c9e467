package org.oretrace.outreach.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.domain.MailKind;
import org.oretrace.outreach.domain.OutboxMessage;
import org.oretrace.outreach.domain.OutboxState;
import org.oretrace.outreach.domain.StoredAttachment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** Writes mail into the outbox within the caller's transaction, and shows what is in it. */
@ApplicationScoped
@Transactional
public class Outbox {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Event<MailQueued> queued;

    /** Queues a mail; it is sent only if the caller's transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage queue(MailKind kind, String to, List<String> cc, RenderedMail mail, Long requestId, Long contactId,
                               List<StoredAttachment> attachments) {
        OutboxMessage message = new OutboxMessage(kind, to, cc, mail.subject(), mail.body(), clock.now())
                .about(requestId, contactId);
        attachments.forEach(message::attach);
        em.persist(message);
        queued.fire(new MailQueued(1));
        return message;
    }

    public List<OutboxMessage> list(OutboxState state, String search, int max) {
        org.oretrace.kernel.InputLimits.search(search);
        String jpql = "select m from OutboxMessage m where (:state is null or m.state = :state)"
                + " and (:search is null or lower(m.to) like :search or lower(m.subject) like :search)"
                + " order by m.createdAt desc, m.id desc";
        return em.createQuery(jpql, OutboxMessage.class)
                .setParameter("state", state)
                .setParameter("search", search == null || search.isBlank() ? null : "%" + search.strip().toLowerCase() + "%")
                .setMaxResults(max).getResultList();
    }

    public OutboxMessage get(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null) {
            throw new NoSuchElementException("No outbox message " + id);
        }
        message.getAttachments().size();
        return message;
    }

    public Map<OutboxState, Long> countByState() {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        for (OutboxState state : OutboxState.values()) {
            counts.put(state, 0L);
        }
        em.createQuery("select m.state, count(m) from OutboxMessage m group by m.state", Object[].class).getResultList()
                .forEach(row -> counts.put((OutboxState) row[0], (Long) row[1]));
        return counts;
    }

    @Allowed(Role.COMPLIANCE)
    public void retry(long id) {
        OutboxMessage message = get(id);
        message.retryNow(clock.now());
        queued.fire(new MailQueued(1));
        audit.record("OutboxMessage", id, "retry", "to " + message.getTo() + ": " + message.getSubject());
    }
}
