package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.intake.domain.RejectionCode;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.events.DeclarationEvaluated;
import org.oretrace.kernel.time.ApplicationClock;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Reads one queued declaration in a transaction of its own. Work is claimed in the database first,
 * so two nodes (or a node and its timer) never read the same file; a claim left by a node that died
 * expires after {@link #CLAIM_TIMEOUT} and the declaration is claimed again. Each claim counts: a file
 * whose reading never finished {@link #MAX_READ_ATTEMPTS} times (the node died or ran out of memory on it)
 * is rejected instead of being read again, so that one file cannot hold the queue forever.
 */
@ApplicationScoped
public class DeclarationProcessor {

    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);
    static final int MAX_READ_ATTEMPTS = 3;

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    SmelterDirectory directory;

    @Inject
    IntakeSettings settings;

    @Inject
    SupplierLinks links;

    @Inject
    ApplicationClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Event<DeclarationEvaluated> evaluated;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long id) {
        return em.createQuery("update Declaration d set d.claimedAt = :now, d.readAttempts = d.readAttempts + 1 "
                        + "where d.id = :id and d.status = :queued "
                        + "and (d.claimedAt is null or d.claimedAt < :stale)")
                .setParameter("now", clock.now()).setParameter("id", id)
                .setParameter("queued", DeclarationStatus.QUEUED)
                .setParameter("stale", clock.now().minus(CLAIM_TIMEOUT)).executeUpdate() == 1;
    }

    /**
     * Reads a claimed declaration from its stored original; {@code original} is the stored original's content when the caller has it in hand
     * (the upload that just stored it), null to fetch it from the database.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public DeclarationStatus process(long id, String actor, byte[] original) {
        // a new transaction's persistence context and no shared cache for declarations (persistence.xml: ENABLE_SELECTIVE,
        // nothing @Cacheable): find reads the row as it stands, a refresh after it read it twice (issue 18)
        Declaration d = em.find(Declaration.class, id);
        if (d.getStatus() != DeclarationStatus.QUEUED) {
            return d.getStatus();
        }
        if (d.abandonUnfinishedReading(MAX_READ_ATTEMPTS, clock.now())) {
            audit.recordAs(actor, "Declaration", id, "evaluated", summary(d));
            evaluated.fire(new DeclarationEvaluated(id, d.getSupplierId(), d.getReportingYear(),
                    DeclarationEvaluated.Outcome.REJECTED));
            return d.getStatus();
        }
        // asked now, not at arrival: the declaration may have been linked to its campaign since
        d.expectTemplateVersion(links.expectedTemplateVersion(d.getReportingYear()));
        DeclarationReading reading = new DeclarationReading(settings.reader(), new RememberingDirectory(directory),
                settings.maxReviewRows());
        List<SmelterRow> unresolved = reading.read(d, original != null ? original : storedOriginal(id),
                clock.today(), clock.now(), links.templatesAsked(d.getSupplierId(), d.getReportingYear()));
        for (SmelterRow row : unresolved) {
            directory.submitForReview(Metal.fromText(row.getMetal()).orElse(null), row.nameForMatching(),
                    row.getCountry(), row.getSmelterIdInput(), "declaration " + id + ", Smelter List row " + row.getRow());
        }
        audit.recordAs(actor, "Declaration", id, "evaluated", summary(d));
        evaluated.fire(new DeclarationEvaluated(id, d.getSupplierId(), d.getReportingYear(), outcome(d.getStatus())));
        return d.getStatus();
    }

    /**
     * The stored original's bytes in one query (loading the stored file and then its lazy content read the row twice),
     * read as a stream into an array of the size stored beside it: through the JPA mapping H2 handed its large object
     * over via a doubling buffer, 7.5 MB allocated for a file of 0.9 MB and 21 % of a zip's allocation (issue 18).
     */
    byte[] storedOriginal(long declarationId) {
        try (PreparedStatement query = em.unwrap(Connection.class).prepareStatement("select f.size_bytes, f.content "
                + "from intake_declaration d join intake_stored_file f on f.id = d.stored_file_id where d.id = ?")) {
            query.setLong(1, declarationId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("Declaration " + declarationId + " has no stored original");
                }
                byte[] content = new byte[Math.toIntExact(row.getLong(1))];
                try (InputStream in = row.getBinaryStream(2)) {
                    int read = in.readNBytes(content, 0, content.length);
                    if (read != content.length || in.read() != -1) {
                        throw new IllegalStateException("The stored original of declaration " + declarationId
                                + " does not have the size recorded with it");
                    }
                }
                return content;
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The stored original of declaration " + declarationId + " cannot be read", e);
        }
    }

    /** A file that broke the reader: recorded as rejected, so that it does not come back forever. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long id, String actor, String incident) {
        Declaration d = em.find(Declaration.class, id);
        d.reject(RejectionCode.CORRUPT_FILE, "The file could not be processed (incident " + incident + "). "
                + "Please open it in Excel, save it again and send the new copy.", clock.now());
        audit.recordAs(actor, "Declaration", id, "evaluated", summary(d));
        evaluated.fire(new DeclarationEvaluated(id, d.getSupplierId(), d.getReportingYear(),
                DeclarationEvaluated.Outcome.REJECTED));
    }

    static DeclarationEvaluated.Outcome outcome(DeclarationStatus status) {
        return switch (status) {
            case ACCEPTED -> DeclarationEvaluated.Outcome.ACCEPTED;
            case NEEDS_FOLLOW_UP -> DeclarationEvaluated.Outcome.NEEDS_FOLLOW_UP;
            case RISK_REVIEW -> DeclarationEvaluated.Outcome.RISK_REVIEW;
            default -> DeclarationEvaluated.Outcome.REJECTED;
        };
    }

    static String summary(Declaration d) {
        if (d.getStatus() == DeclarationStatus.REJECTED) {
            return d.getFileName() + ": rejected, " + d.getRejectionCode();
        }
        return d.getFileName() + ": " + d.getStatus() + " (" + d.getTemplate() + " " + d.getTemplateVersion() + ", "
                + (d.isEmrt() ? d.getEmrtSmelters() : d.getSmelters()).size() + " smelter rows, " + d.errorCount() + " errors, " + d.warningCount()
                + " warnings, " + d.redFlagCount() + " red flags)";
    }
}
