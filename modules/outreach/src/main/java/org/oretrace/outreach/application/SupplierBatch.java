package org.oretrace.outreach.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.kernel.BusinessRuleException;

import java.util.ArrayList;
import java.util.List;

/**
 * Creates or updates many suppliers at once (an import file, an ERP's {@code PUT /api/suppliers}).
 * Each supplier stands on its own: one that breaks a rule or that the database refuses (a value too
 * long for its column, a number saved meanwhile by someone else) is reported with the reason and
 * the others are saved. Suppliers are written {@value #CHUNK} to a transaction because a commit per
 * supplier is slow for a master of thousands; a chunk that fails is written again one supplier per
 * transaction, so only the culprit stays out.
 */
@ApplicationScoped
public class SupplierBatch {

    static final int CHUNK = 50;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    Suppliers suppliers;

    /** @param refused the suppliers not saved, in the order given */
    public record Outcome(int created, int updated, int unchanged, List<Refusal> refused) {
    }

    /** @param index the supplier's position in the list given to {@link #saveEach} */
    public record Refusal(int index, String reason) {
    }

    /** Call it outside a transaction: each chunk commits on its own. */
    public Outcome saveEach(List<SupplierData> batch) {
        int[] counts = new int[3];
        List<Refusal> refused = new ArrayList<>();
        for (int from = 0; from < batch.size(); from += CHUNK) {
            List<SupplierData> chunk = batch.subList(from, Math.min(batch.size(), from + CHUNK));
            List<Suppliers.Saved> saved;
            try {
                saved = unitOfWork.inNewTransaction(em -> {
                    List<Suppliers.Saved> all = chunk.stream().map(suppliers::save).toList();
                    em.flush();
                    return all;
                });
            } catch (RuntimeException chunkFailed) {
                saved = new ArrayList<>();
                for (int i = 0; i < chunk.size(); i++) {
                    SupplierData data = chunk.get(i);
                    try {
                        saved.add(unitOfWork.inNewTransaction(em -> {
                            Suppliers.Saved one = suppliers.save(data);
                            em.flush();
                            return one;
                        }));
                    } catch (RuntimeException e) {
                        refused.add(new Refusal(from + i, reason(e)));
                    }
                }
            }
            saved.forEach(s -> counts[s.created() ? 0 : s.changes().isEmpty() ? 2 : 1]++);
        }
        return new Outcome(counts[0], counts[1], counts[2], refused);
    }

    /** A broken rule speaks for itself; the database's refusal is the first line of its own message. */
    static String reason(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessRuleException) {
                return t.getMessage();
            }
            root = t;
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        int end = message.indexOf('\n');
        message = end < 0 ? message : message.substring(0, end);
        message = message.replaceFirst("^ERROR: ", "");
        return "not saved, the database refused it: " + (message.length() > 300 ? message.substring(0, 300) + "…" : message);
    }
}
