package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.concurrent.BackgroundWork;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The batch path (issue 18): one zip of many CMRTs (the weeks before the deadline bring thousands). The zip waits on
 * disk, not in memory; it is walked twice as a stream: first only counted against the batch's limits (entries, bytes
 * inflated; over them it is refused whole, nothing stored), then each workbook is stored (original kept, QUEUED, one
 * transaction each, exactly as {@link Reception#store} does for a single file), on
 * {@link IntakeSettings#batchStoringLanes()} lanes while the walk goes on ({@link StoringLanes}). Reading happens after the answer, on
 * {@link IntakeSettings#batchReaders()} threads of this node; the claims in the database keep them, the timer queue
 * and other nodes from reading a file twice, and whatever they leave (a restart) the {@link IntakeQueue} reads.
 */
@ApplicationScoped
public class Batches {

    private static final Logger LOG = Logger.getLogger(Batches.class.getName());

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    Reception reception;

    @Inject
    DeclarationIntake intake;

    @Inject
    Declarations declarations;

    @Inject
    IntakeSettings settings;

    @Inject
    CurrentUser currentUser;

    /** The server's threads, each reader in an invocation of its own. */
    @Inject
    BackgroundWork background;

    /** What a batch stored: its number (null when every file had been received before), new and duplicate files. */
    public record Stored(Long batch, int stored, int duplicates, List<Entry> entries) {
        /** The declarations of the zip's workbooks, in the zip's order. */
        public List<Long> declarationIds() {
            return entries.stream().map(Entry::declarationId).toList();
        }
    }

    /** One workbook of the zip: its name in the zip, its declaration, and whether the same bytes had come before. */
    public record Entry(String name, long declarationId, boolean duplicate) implements java.io.Serializable {
    }

    /** Where one file of a batch stands (the upload screen's line), read from the database. */
    public record FileOutcome(long declarationId, DeclarationStatus status, String templateVersion, String company,
                              org.oretrace.intake.domain.RejectionCode rejectionCode, String rejectionMessage,
                              long errors, long warnings) {
    }

    /** How far the reading of a batch is: declarations per state; {@code queued} still to read. */
    public record Progress(long batch, int total, int queued, Map<DeclarationStatus, Integer> byStatus) {
    }

    /**
     * Workbooks are zips already, so a zip of them unpacks to about its own size; more than this many times it is a
     * zip bomb, refused while counting before {@code max-batch-bytes} (1 GB) of it would be inflated (twice).
     */
    static final long MAX_RATIO = 100;

    /**
     * Workbooks unpacked and not yet stored, at most, per storing lane: what the walk may hold in memory ahead of the
     * database (each at most {@code max-file-bytes}).
     */
    static final int STORING_IN_FLIGHT_PER_LANE = 2;

    /**
     * The limits of one batch: entries (folders included), files kept, and bytes unpacked: at most
     * {@code max-batch-bytes}, and at most {@value #MAX_RATIO} times the zip's own size.
     */
    Budget budget(long zipBytes) {
        long byRatio = zipBytes > Long.MAX_VALUE / MAX_RATIO ? Long.MAX_VALUE : zipBytes * MAX_RATIO;
        boolean ratioFirst = byRatio < settings.maxBatchBytes();
        return new Budget(settings.maxBatchEntries(), settings.maxBatchEntries(),
                "files in a batch (oretrace.intake.max-batch-entries)", ratioFirst ? byRatio : settings.maxBatchBytes(),
                ratioFirst ? MAX_RATIO + " times the zip's own size (" + zipBytes + " bytes) unpacked"
                        : Budget.megabytes(settings.maxBatchBytes()) + " unpacked (oretrace.intake.max-batch-bytes)")
                .entriesLimit("archive entries (oretrace.intake.max-batch-entries)");
    }

    /**
     * Stores every workbook of the zip on disk and starts reading them; throws {@link BusinessRuleException} with
     * the reason when the archive is over the limits or cannot be unpacked (nothing stored then).
     */
    @Allowed(Role.COMPLIANCE)
    public Stored submit(Path zip, Long supplierId, Integer reportingYear) {
        long zipBytes;
        try {
            zipBytes = Files.size(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String refusal = walk(zip, budget(zipBytes), null);
        if (refusal != null) {
            throw new BusinessRuleException("The archive was refused, none of its files was stored: " + refusal + ".");
        }
        String actor = currentUser.name();
        List<String> names = new ArrayList<>();
        Map<Integer, Received> received = new ConcurrentHashMap<>();
        int laneCount = settings.batchStoringLanes();
        StoringLanes lanes = new StoringLanes(background, laneCount, laneCount * STORING_IN_FLIGHT_PER_LANE);
        RuntimeException walkFailure = null;
        try {
            refusal = walk(zip, budget(zipBytes), (name, bytes) -> {
                if (lanes.failed()) {
                    throw new StoringStopped();
                }
                int position = names.size();
                names.add(name);
                String sha = StoredFile.sha256Of(bytes);
                Incoming in = Incoming.upload(bytes, name, Channel.API, supplierId, reportingYear);
                // identical bytes go to the same lane: the second copy then finds the first stored and is linked to it
                lanes.give(Math.floorMod(sha.hashCode(), lanes.lanes()),
                        () -> received.put(position, reception.store(in, sha, actor)));
            });
        } catch (StoringStopped stopped) {
            refusal = null; // a lane failed: finish() throws why
        } catch (RuntimeException e) {
            walkFailure = e;
        }
        try {
            lanes.finish();
        } catch (RuntimeException e) {
            if (walkFailure == null) {
                throw e;
            }
            walkFailure.addSuppressed(e);
        }
        if (walkFailure != null) {
            throw walkFailure;
        }
        List<Long> fresh = new ArrayList<>();
        List<Entry> all = new ArrayList<>();
        int duplicates = 0;
        for (int i = 0; i < names.size(); i++) {
            Received r = received.get(i);
            all.add(new Entry(names.get(i), r.declarationId(), r.duplicate()));
            if (r.duplicate()) {
                duplicates++;
            } else {
                fresh.add(r.declarationId());
            }
        }
        if (refusal != null) {
            // the file changed between the walks (it cannot: it is ours); what was stored stays and is read
            LOG.warning("Batch stopped after " + all.size() + " files: " + refusal);
        }
        if (all.isEmpty()) {
            throw new BusinessRuleException("The archive holds no files.");
        }
        Long batch = fresh.isEmpty() ? null : fresh.get(0);
        if (batch != null) {
            reception.markBatch(batch, fresh);
        }
        readInBackground(all.stream().map(Entry::declarationId).toList(), actor);
        return new Stored(batch, fresh.size(), duplicates, all);
    }

    /** Stops the walk once a lane failed (nothing more is stored; the failure is thrown by the lanes). */
    private static final class StoringStopped extends RuntimeException {
        StoringStopped() {
            super(null, null, false, false);
        }
    }

    private String walk(Path zip, Budget budget, Archive.EntryHandler handler) {
        try (InputStream in = Files.newInputStream(zip)) {
            return Archive.walk(new java.io.BufferedInputStream(in, 1 << 16), settings.maxFileBytes(), budget, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the batch's queued declarations on a few threads; a file another reader claimed is left to it. */
    private void readInBackground(List<Long> ids, String actor) {
        ConcurrentLinkedQueue<Long> todo = new ConcurrentLinkedQueue<>(ids);
        for (int i = 0; i < Math.min(settings.batchReaders(), ids.size()); i++) {
            background.execute(() -> {
                try {
                    for (Long id; (id = todo.poll()) != null; ) {
                        intake.read(id, actor);
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A batch reader stopped early; the intake queue reads the rest", e);
                }
            });
        }
    }

    /**
     * Where each of these declarations stands (one query for the lot, however many the zip held; the findings counted
     * in one more), so that a page polling a batch's progress gets the same answer from whichever node it asks.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, FileOutcome> outcomes(List<Long> ids) {
        Map<Long, FileOutcome> outcomes = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            Map<Long, Map<org.oretrace.intake.domain.Severity, Long>> findings = declarations.findingCounts(chunk);
            for (Object[] row : em.createQuery("select d.id, d.status, d.templateVersion, d.company.name, d.rejectionCode, "
                    + "d.rejectionMessage from Declaration d where d.id in :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                Map<org.oretrace.intake.domain.Severity, Long> counts = findings.getOrDefault((Long) row[0], Map.of());
                outcomes.put((Long) row[0], new FileOutcome((Long) row[0], (DeclarationStatus) row[1], (String) row[2],
                        (String) row[3], (org.oretrace.intake.domain.RejectionCode) row[4], (String) row[5],
                        counts.getOrDefault(org.oretrace.intake.domain.Severity.ERROR, 0L),
                        counts.getOrDefault(org.oretrace.intake.domain.Severity.WARNING, 0L)));
            }
        }
        return outcomes;
    }

    /** The states of a batch's declarations. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Progress progress(long batch) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select status, count(*) from intake_declaration where batch_id = ? "
                + "group by status").setParameter(1, batch).getResultList();
        if (rows.isEmpty()) {
            throw new BusinessRuleException("There is no batch " + batch);
        }
        Map<DeclarationStatus, Integer> byStatus = new EnumMap<>(DeclarationStatus.class);
        int total = 0;
        for (Object[] row : rows) {
            int n = ((Number) row[1]).intValue();
            byStatus.put(DeclarationStatus.valueOf((String) row[0]), n);
            total += n;
        }
        return new Progress(batch, total, byStatus.getOrDefault(DeclarationStatus.QUEUED, 0), byStatus);
    }
}
