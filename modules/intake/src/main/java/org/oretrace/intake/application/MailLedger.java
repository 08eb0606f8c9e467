package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.MailRefusal;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.time.ApplicationClock;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the mailbox stored per sender and what it refused: the per-sender daily budget and the refusal record. */
@ApplicationScoped
public class MailLedger {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    AuditTrail audit;

    /** Bytes of new files stored from this sender's mails since the start of today (the clock's zone). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long storedToday(String sender) {
        if (sender == null) {
            return 0;
        }
        Long sum = em.createQuery("select sum(f.sizeBytes) from Declaration d join d.storedFile f where d.channel = :c "
                        + "and lower(d.mailFrom) = :s and d.receivedAt >= :start", Long.class)
                .setParameter("c", Channel.MAILBOX).setParameter("s", sender.strip().toLowerCase(Locale.ROOT))
                .setParameter("start", clock.today().atStartOfDay(clock.zone()).toInstant()).getSingleResult();
        return sum == null ? 0 : sum;
    }

    /** Records a refusal, audited as the mailbox's. */
    @Transactional
    public MailRefusal record(MailRefusal refusal) {
        em.persist(refusal);
        em.flush();
        audit.recordAs(MailboxIntake.ACTOR, "Mail", refusal.getId(), "refused", "from " + refusal.getMailFrom() + " ('"
                + refusal.getMailSubject() + "'): " + refusal.getReason() + "; " + refusal.getFilesKept()
                + " file(s) stored, the mail kept in the folder " + refusal.getKeptIn());
        return refusal;
    }

    /** Refusals, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MailRefusal> refusals(int first, int max) {
        return refusals(null, first, max);
    }

    /** Refusals whose sender contains {@code from} (any case; null or blank: all), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MailRefusal> refusals(String from, int first, int max) {
        return em.createQuery("select r from MailRefusal r where " + SENDER + " order by r.refusedAt desc, r.id desc",
                        MailRefusal.class).setParameter("from", pattern(from))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many refusals {@link #refusals(String, int, int)} pages through. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String from) {
        return em.createQuery("select count(r) from MailRefusal r where " + SENDER, Long.class)
                .setParameter("from", pattern(from)).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MailRefusal> find(long id) {
        return Optional.ofNullable(em.find(MailRefusal.class, id));
    }

    private static final String SENDER = "(:from = '%' or lower(r.mailFrom) like :from escape '\\')";

    private static String pattern(String from) {
        if (from == null || from.isBlank()) {
            return "%";
        }
        String escaped = from.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
