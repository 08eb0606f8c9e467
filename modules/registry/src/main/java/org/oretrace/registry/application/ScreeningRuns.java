package org.oretrace.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.registry.domain.Screening;
import org.oretrace.registry.domain.ScreeningState;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Screenings as database records, so that any node shows the progress of a screening another node
 * runs, and only one screening runs at a time. Claims and progress reports commit in transactions of
 * their own: the screening itself runs in one long transaction that other nodes cannot see into.
 */
@ApplicationScoped
public class ScreeningRuns {

    /** A running screening reports progress at least every few seconds; one silent this long lost its node. */
    static final Duration SILENCE = Duration.ofMinutes(5);

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    ApplicationClock clock;

    /** Real time for heartbeats: a lease expires in real minutes, whatever the application clock says. */
    Clock wallClock = Clock.systemUTC();

    /** Refusal of a screening because another one holds the running slot. */
    public static class AlreadyRunning extends BusinessRuleException {
        private static final long serialVersionUID = 1L;

        public AlreadyRunning(String message) {
            super(message);
        }
    }

    /**
     * Takes the running slot for a new screening and commits at once, so every node sees it.
     * A screening whose node has been silent for {@link #SILENCE} is marked abandoned first.
     *
     * @return the new screening's id
     * @throws AlreadyRunning when another screening is running
     * @throws jakarta.persistence.PersistenceException when another node claimed the slot at the same moment
     *         (the unique running slot refused this one; see {@link #refusal()})
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long claim(long listId, LocalDate listDate, int total, String actor) {
        for (Screening running : em.createQuery("select s from Screening s where s.state = :r", Screening.class)
                .setParameter("r", ScreeningState.RUNNING).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            if (!running.isSilentFor(SILENCE, wallClock.instant())) {
                throw new AlreadyRunning(describe(running));
            }
            running.abandon("no progress for " + SILENCE.toMinutes() + " minutes since " + AT.format(running.getHeartbeatAt())
                    + ": its server stopped", wallClock.instant());
            em.flush();
        }
        Screening screening = new Screening(listId, listDate, total, actor, clock.now(), wallClock.instant());
        em.persist(screening);
        // the unique running slot refuses this insert when another node claimed in the meantime
        em.flush();
        return screening.getId();
    }

    /**
     * Reports progress and commits it. Returns false when the screening is no longer running (another
     * node declared it abandoned): the caller must stop.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean advance(long screeningId, int done) {
        Screening screening = em.find(Screening.class, screeningId);
        if (screening == null || !screening.isRunning()) {
            return false;
        }
        screening.advance(done, wallClock.instant());
        return true;
    }

    /** Records that a screening failed (its own transaction rolled back, maybe only at commit), freeing the slot. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long screeningId, String why) {
        Screening screening = em.find(Screening.class, screeningId);
        if (screening != null && screening.isRunning()) {
            screening.fail(why, clock.now(), wallClock.instant());
        }
    }

    /** Now in real time, for the heartbeat of a screening finished in the caller's transaction. */
    public Instant heartbeat() {
        return wallClock.instant();
    }

    /** The refusal to give after losing a simultaneous claim: names the screening that won. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AlreadyRunning refusal() {
        return running().map(s -> new AlreadyRunning(describe(s)))
                .orElseGet(() -> new AlreadyRunning("Another screening started at the same moment; try again when it has finished."));
    }

    /** The screening running now, on any node. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Screening> running() {
        return em.createQuery("select s from Screening s where s.state = :r", Screening.class)
                .setParameter("r", ScreeningState.RUNNING).getResultStream().findFirst();
    }

    /** The newest screenings, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Screening> recent(int max) {
        return em.createQuery("select s from Screening s order by s.startedAt desc, s.id desc", Screening.class)
                .setMaxResults(max).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Screening> find(long id) {
        return Optional.ofNullable(em.find(Screening.class, id));
    }

    public static String describe(Screening running) {
        return "A screening is already running: started by %s at %s against the SDN list of %s, %d of %d smelters done. "
                .formatted(running.getStartedBy(), AT.format(running.getStartedAt()), running.getListDate(), running.getDone(),
                        running.getTotal())
                + "Start again when it has finished.";
    }
}
