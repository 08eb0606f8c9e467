package org.oretrace.intake.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Role;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The batch path (issue 18): one zip of many CMRTs (the weeks before the deadline bring thousands). The zip waits on
 * disk, not in memory; it is walked twice as a stream: first only counted against the batch's limits (entries, bytes
 * inflated; over them it is refused whole, nothing stored), then each workbook is stored (original kept, QUEUED, one
 * transaction each, exactly as {@link Reception#store} does for a single file). Reading happens after the answer, on
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
    IntakeSettings settings;

    @Inject
    CurrentUser currentUser;

    @Resource
    ManagedExecutorService executor;

    /** What a batch stored: its number (null when every file had been received before), new and duplicate files. */
    public record Stored(Long batch, int stored, int duplicates, List<Long> declarationIds) {
    }

    /** How far the reading of a batch is: declarations per state; {@code queued} still to read. */
    public record Progress(long batch, int total, int queued, Map<DeclarationStatus, Integer> byStatus) {
    }

    /** The limits of one batch: entries (folders included), files kept and bytes unpacked. */
    Budget budget() {
        return new Budget(settings.maxBatchEntries(), settings.maxBatchEntries(),
                "files in a batch (oretrace.intake.max-batch-entries)", settings.maxBatchBytes(),
                Budget.megabytes(settings.maxBatchBytes()) + " unpacked (oretrace.intake.max-batch-bytes)")
                .entriesLimit("archive entries (oretrace.intake.max-batch-entries)");
    }

    /**
     * Stores every workbook of the zip on disk and starts reading them; throws {@link BusinessRuleException} with
     * the reason when the archive is over the limits or cannot be unpacked (nothing stored then).
     */
    @Allowed(Role.COMPLIANCE)
    public Stored submit(Path zip, Long supplierId, Integer reportingYear) {
        String refusal = walk(zip, budget(), null);
        if (refusal != null) {
            throw new BusinessRuleException("The archive was refused, none of its files was stored: " + refusal + ".");
        }
        String actor = currentUser.name();
        List<Long> fresh = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        int[] duplicates = {0};
        refusal = walk(zip, budget(), (name, bytes) -> {
            Received r = reception.store(Incoming.upload(bytes, name, Channel.API, supplierId, reportingYear), actor);
            all.add(r.declarationId());
            if (r.duplicate()) {
                duplicates[0]++;
            } else {
                fresh.add(r.declarationId());
            }
        });
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
        readInBackground(all, actor);
        return new Stored(batch, fresh.size(), duplicates[0], all);
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
            executor.execute(() -> {
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
