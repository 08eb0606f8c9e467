package org.oretrace.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.filing.domain.FilingGeneration;
import org.oretrace.filing.domain.GeneratedFile;
import org.oretrace.filing.domain.GenerationState;
import org.oretrace.kernel.time.ApplicationClock;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Generations of a filing's documents as database records, so that any node shows the progress and the documents of a
 * generation another node runs, and a filing is generated once at a time across nodes. Claims, progress and the result
 * commit in transactions of their own: the rendering itself holds no transaction.
 */
@ApplicationScoped
public class FilingGenerations {

    /** A running generation reports progress at least every few seconds; one silent this long lost its node. */
    public static final Duration SILENCE = Duration.ofMinutes(5);

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    ApplicationClock clock;

    /** Real time for heartbeats: a lease expires in real minutes, whatever the application clock says. */
    Clock wallClock = Clock.systemUTC();

    /** The generation a request to generate leads to: a new one ({@code started}) or the one already running. */
    public record Claim(long generationId, boolean started) implements Serializable {
    }

    /** A generated document without its bytes, for lists (a page keeps this, not the content). */
    public record FileSummary(long id, String fileName, long byteSize, String sha256) implements Serializable {
    }

    /**
     * Takes the filing's running slot for a new generation and commits at once, so every node sees it; when a
     * generation of the filing is running already (on any node) answers that one instead. A generation whose node has
     * been silent for {@link #SILENCE} is marked abandoned first and a new one takes its place.
     *
     * @throws jakarta.persistence.PersistenceException when another node claimed the slot at the same moment (the
     *         unique running slot refused this one; the caller then answers {@link #running(long)})
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(long filingId, String actor) {
        for (FilingGeneration running : em.createQuery(
                        "select g from FilingGeneration g where g.filingId = :f and g.state = :r", FilingGeneration.class)
                .setParameter("f", filingId).setParameter("r", GenerationState.RUNNING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            if (!running.isSilentFor(SILENCE, wallClock.instant())) {
                return new Claim(running.getId(), false);
            }
            running.abandon("no progress for " + SILENCE.toMinutes() + " minutes since " + AT.format(running.getHeartbeatAt())
                    + ": its server stopped", wallClock.instant());
            em.flush();
        }
        FilingGeneration generation = new FilingGeneration(filingId, actor, clock.now(), wallClock.instant());
        em.persist(generation);
        // the unique running slot refuses this insert when another node claimed in the meantime
        em.flush();
        return new Claim(generation.getId(), true);
    }

    /** Reports progress and commits it. False when the generation no longer runs (another node declared it abandoned). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean advance(long generationId, int percent) {
        FilingGeneration generation = em.find(FilingGeneration.class, generationId);
        if (generation == null || !generation.isRunning()) {
            return false;
        }
        generation.advance(percent, wallClock.instant());
        return true;
    }

    /**
     * Stores the documents and ends the generation, freeing the slot. False (and nothing stored) when the generation no
     * longer runs: another node abandoned it and may be generating anew.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean finish(long generationId, List<FilingWork.GeneratedDocument> documents) {
        FilingGeneration generation = em.find(FilingGeneration.class, generationId, LockModeType.PESSIMISTIC_WRITE);
        if (generation == null || !generation.isRunning()) {
            return false;
        }
        for (FilingWork.GeneratedDocument d : documents) {
            generation.addFile(d.kind().fileName(), d.kind().contentType(), d.content(), d.sha256());
        }
        generation.finish(clock.now(), wallClock.instant());
        return true;
    }

    /** Records that a generation failed, with the reason, freeing the slot. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long generationId, String why) {
        FilingGeneration generation = em.find(FilingGeneration.class, generationId);
        if (generation != null && generation.isRunning()) {
            generation.fail(why, clock.now(), wallClock.instant());
        }
    }

    /** The filing's generation running now, on any node. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<FilingGeneration> running(long filingId) {
        return em.createQuery("select g from FilingGeneration g where g.filingId = :f and g.state = :r", FilingGeneration.class)
                .setParameter("f", filingId).setParameter("r", GenerationState.RUNNING).getResultStream().findFirst();
    }

    /** The filing's newest generation, whatever its state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FilingGeneration> latest(long filingId) {
        return em.createQuery("select g from FilingGeneration g where g.filingId = :f order by g.startedAt desc, g.id desc",
                FilingGeneration.class).setParameter("f", filingId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The filing's newest finished generation: the documents a page offers for download. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FilingGeneration> latestFinished(long filingId) {
        return em.createQuery("select g from FilingGeneration g where g.filingId = :f and g.state = :s"
                        + " order by g.startedAt desc, g.id desc", FilingGeneration.class)
                .setParameter("f", filingId).setParameter("s", GenerationState.FINISHED).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * Fresh from the database (a page polls this while another node generates): outside a transaction each call reads
     * in a persistence context of its own, and generations are not in the shared cache.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FilingGeneration> find(long generationId) {
        return Optional.ofNullable(em.find(FilingGeneration.class, generationId));
    }

    /** How many generations of a filing were recorded (finished or not). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(long filingId) {
        return em.createQuery("select count(g) from FilingGeneration g where g.filingId = :f", Long.class)
                .setParameter("f", filingId).getSingleResult();
    }

    /** The documents of a generation without their bytes, in the order they were rendered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FileSummary> files(long generationId) {
        return em.createQuery("select f.id, f.fileName, f.byteSize, f.sha256 from GeneratedFile f where f.generation.id = :g"
                        + " order by f.id", Object[].class).setParameter("g", generationId).getResultList().stream()
                .map(r -> new FileSummary(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), ((String) r[3]).strip()))
                .toList();
    }

    /** One document of a generation, with its bytes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<GeneratedFile> file(long generationId, String fileName) {
        return em.createQuery("select f from GeneratedFile f where f.generation.id = :g and f.fileName = :n", GeneratedFile.class)
                .setParameter("g", generationId).setParameter("n", fileName).getResultStream().findFirst();
    }

    /** One generated document by its id, with its bytes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<GeneratedFile> file(long fileId) {
        return Optional.ofNullable(em.find(GeneratedFile.class, fileId));
    }

    public static String describe(FilingGeneration running) {
        return "Generation started by %s at %s is running (%d%%)".formatted(running.getStartedBy(),
                AT.format(running.getStartedAt()), running.getProgress());
    }
}
