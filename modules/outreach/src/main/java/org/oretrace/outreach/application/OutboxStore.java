package org.oretrace.outreach.application;

import jakarta.persistence.EntityManager;
import org.oretrace.outreach.domain.OutboxMessage;
import org.oretrace.outreach.domain.OutboxState;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The outbox queries the sender needs, on the caller's EntityManager and transaction. */
public final class OutboxStore {

    private final EntityManager em;

    public OutboxStore(EntityManager em) {
        this.em = em;
    }

    public List<Long> dueIds(Instant now, int max) {
        return em.createQuery("select m.id from OutboxMessage m where m.state = :queued and m.nextAttemptAt <= :now"
                        + " order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("queued", OutboxState.QUEUED)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Takes a message for one sender. The conditional update is atomic in both H2 and PostgreSQL: a
     * second sender's update waits for the first one's commit and then matches no row.
     */
    public boolean claim(long id, String worker, Instant now) {
        int updated = em.createNativeQuery("UPDATE outbox_message SET state = 'SENDING', claimed_by = ?, claimed_at = ?"
                        + " WHERE id = ? AND state = 'QUEUED'")
                .setParameter(1, worker)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, id)
                .executeUpdate();
        return updated == 1;
    }

    /** The claimed message, read from the database rather than from a cache that missed the native update. */
    public OutboxMessage claimed(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        em.refresh(message);
        return message;
    }

    /**
     * Gives claims of senders that died while sending back to the queue. A message whose sender died
     * after the SMTP server took it may go out twice; its fixed Message-ID lets mail systems drop the copy.
     */
    public int releaseAbandoned(Instant claimedBefore) {
        return em.createNativeQuery("UPDATE outbox_message SET state = 'QUEUED', claimed_by = NULL"
                        + " WHERE state = 'SENDING' AND claimed_at < ?")
                .setParameter(1, Timestamp.from(claimedBefore))
                .executeUpdate();
    }

    /** Without SMTP, queued mail says so on screen instead of looking stuck. */
    public int markUnsendable(String reason) {
        return em.createNativeQuery("UPDATE outbox_message SET last_error = ? WHERE state = 'QUEUED' AND last_error IS NULL")
                .setParameter(1, reason)
                .executeUpdate();
    }

    public static String noSmtpReason() {
        return OutboxMessage.NO_SMTP;
    }
}
