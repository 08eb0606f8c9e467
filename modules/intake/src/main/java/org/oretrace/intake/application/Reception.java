package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.published.SupplierCard;
import org.oretrace.outreach.published.SupplierDirectory;

import java.util.List;
import java.util.Locale;

/** The transactions that record arrivals and queue reading; {@link DeclarationIntake} orchestrates them. */
@ApplicationScoped
public class Reception {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    SupplierDirectory suppliers;

    @Inject
    SupplierLinks links;

    /**
     * Stores the original and records its arrival in one transaction, before anything reads it;
     * identical bytes are recognised and linked to the declaration that already holds them.
     */
    @Transactional
    public Received store(Incoming in, String actor) {
        return store(in, StoredFile.sha256Of(in.bytes()), actor);
    }

    /** As {@link #store(Incoming, String)}, for a caller that has the bytes' {@link StoredFile#sha256Of SHA-256} already. */
    @Transactional
    public Received store(Incoming in, String sha, String actor) {
        List<StoredFile> existing = em.createQuery("select f from StoredFile f where f.sha256 = :sha", StoredFile.class)
                .setParameter("sha", sha).getResultList();
        if (!existing.isEmpty()) {
            Declaration first = em.createQuery("select d from Declaration d where d.storedFile = :f order by d.id",
                    Declaration.class).setParameter("f", existing.get(0)).setMaxResults(1).getSingleResult();
            if (first.getSupplierId() == null || first.getReportingYear() == null) {
                Long supplierBefore = first.getSupplierId();
                Integer yearBefore = first.getReportingYear();
                // a declaration never moves to another supplier; it may gain one, or its year
                first.linkTo(supplierBefore == null ? in.supplierId() : null,
                        supplierBefore == null || supplierBefore.equals(in.supplierId()) ? in.reportingYear() : null, null);
                if (first.getSupplierId() != null && first.getReportingYear() == null) {
                    first.linkTo(null, links.currentYear(first.getSupplierId()).orElse(null), null);
                }
                if (!java.util.Objects.equals(supplierBefore, first.getSupplierId())
                        || !java.util.Objects.equals(yearBefore, first.getReportingYear())) {
                    // newly linked: read again, so that the supplier's request records the response
                    first.requeue();
                    audit.recordAs(actor, "Declaration", first.getId(), "linked", "supplier " + first.getSupplierId()
                            + ", reporting year " + first.getReportingYear() + " (given with the same file again); "
                            + "queued to be read again");
                }
            }
            audit.recordAs(actor, "Declaration", first.getId(), "received again", "'" + in.fileName()
                    + "' has the same content as '" + first.getFileName() + "' (" + in.channel().name()
                    .toLowerCase(Locale.ROOT) + ")");
            return new Received(first.getId(), true);
        }
        StoredFile file = new StoredFile(in.bytes(), sha, in.fileName(), clock.now(), actor, in.channel());
        em.persist(file);
        Declaration d = new Declaration(file, in.fileName(), in.channel(), clock.now(), actor);
        // a CMRT mailed back by a known contact belongs to that contact's supplier, when the receiving server
        // verified the sender's domain (From: alone proves nothing; see SenderVerification)
        Long supplierId = in.supplierId() != null || in.mailFrom() == null || !in.senderVerified() ? in.supplierId()
                : suppliers.byContactEmail(in.mailFrom()).map(SupplierCard::id).orElse(null);
        // without a year the CMRT answers the supplier's current campaign, so that it counts there as a response
        Integer year = in.reportingYear() != null || supplierId == null ? in.reportingYear()
                : links.currentYear(supplierId).orElse(null);
        d.linkTo(supplierId, year, null);
        if (in.mailFrom() != null || in.mailSubject() != null) {
            d.arrivedByMail(in.mailFrom(), in.mailSubject(), in.mailDate());
        }
        em.persist(d);
        em.flush();
        audit.recordAs(actor, "Declaration", d.getId(), "received", "'" + d.getFileName() + "', " + in.bytes().length
                + " bytes, SHA-256 " + sha + ", by " + in.channel().name().toLowerCase(Locale.ROOT));
        return new Received(d.getId(), false);
    }

    /**
     * Gives a declaration that arrived without a supplier to one (a confirmed suggestion or a person's
     * choice) and queues it to be read again, so that its findings and the supplier's request follow.
     */
    @Transactional
    public void link(long id, long supplierId, Integer reportingYear, String actor) {
        Declaration d = em.find(Declaration.class, id);
        if (d == null) {
            throw new BusinessRuleException("Declaration " + id + " does not exist");
        }
        SupplierCard supplier = links.supplier(supplierId)
                .orElseThrow(() -> new BusinessRuleException("There is no supplier " + supplierId));
        if (d.getSupplierId() != null && d.getSupplierId() != supplierId) {
            String current = links.supplier(d.getSupplierId()).map(s -> s.getName() + " (" + s.getSupplierNumber() + ")")
                    .orElse("supplier " + d.getSupplierId());
            throw new BusinessRuleException("Declaration " + id + " already belongs to " + current
                    + "; it cannot move to another supplier");
        }
        Integer year = reportingYear != null ? reportingYear
                : d.getReportingYear() != null ? d.getReportingYear() : links.currentYear(supplierId).orElse(null);
        if (year != null && (year < 2013 || year > 2100)) {
            throw new BusinessRuleException("The reporting year must be a year such as 2024");
        }
        if (d.getSupplierId() != null && (year == null || year.equals(d.getReportingYear()))) {
            // the same refusal as the declaration's, with the supplier's name
            throw new BusinessRuleException("Declaration " + id + " is already linked to " + supplier.getName()
                    + (d.getReportingYear() == null ? "" : " for " + d.getReportingYear()));
        }
        d.assignTo(supplierId, year);
        d.requeue();
        audit.recordAs(actor, "Declaration", id, "linked", "to " + supplier.getName() + " (" + supplier.getSupplierNumber()
                + ")" + (year == null ? ", no campaign" : ", reporting year " + year) + "; queued to be read again");
    }

    @Transactional
    public void requeue(long id, String actor) {
        Declaration d = em.find(Declaration.class, id);
        if (d == null) {
            throw new BusinessRuleException("Declaration " + id + " does not exist");
        }
        d.requeue();
        audit.recordAs(actor, "Declaration", id, "queued", "to be read again from the stored original");
    }

    /** Records which batch these new declarations arrived in (intake V8, {@link Batches}). */
    @Transactional
    public void markBatch(long batch, List<Long> ids) {
        for (int from = 0; from < ids.size(); from += 500) {
            em.createNativeQuery("update intake_declaration set batch_id = ? where id in (" + String.join(",",
                            ids.subList(from, Math.min(ids.size(), from + 500)).stream().map(String::valueOf).toList()) + ")")
                    .setParameter(1, batch).executeUpdate();
        }
    }
}
