package org.oretrace.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.filing.domain.AnnexA;
import org.oretrace.filing.domain.DefaultNarrative;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.FilingFacts;
import org.oretrace.filing.domain.Narrative;
import org.oretrace.filing.domain.Registrant;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.security.AccessDeniedException;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The filing workspace: drafts per reporting year, their documents, finalization and versions. Reading is
 * open to every signed-in role; changes need COMPLIANCE and are audited in the same transaction.
 */
@ApplicationScoped
public class FilingService {

    @Inject
    DraftFactsCache factsCache;

    private static final YearVersions<Filing> VERSIONS = new YearVersions<>(Filing.class);

    private static final String AUDIT_TYPE = "Filing";

    /** The override reason's column; a written justification, not an essay. */
    public static final int MAX_OVERRIDE_REASON = 2000;

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    Instance<FilingSources> sourceBeans;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    ApplicationClock clock;

    /** The data behind the filings; a zero stand-in until registry, outreach and intake provide one. */
    public FilingSources sources() {
        return sourceBeans.isResolvable() ? sourceBeans.get() : NoFilingSources.INSTANCE;
    }

    public boolean sourcesConnected() {
        return sources().connected();
    }

    @Transactional
    public Optional<Filing> current(int year) {
        return VERSIONS.current(em, year);
    }

    @Transactional
    public List<Filing> versions(int year) {
        return VERSIONS.all(em, year);
    }

    /** The latest version of every year, newest year first. */
    @Transactional
    public List<Filing> latestPerYear() {
        return em.createQuery("select f from Filing f where f.version = (select max(g.version) from Filing g"
                + " where g.reportingYear = f.reportingYear) order by f.reportingYear desc", Filing.class).getResultList();
    }

    @Transactional
    public Filing get(long id) {
        Filing f = em.find(Filing.class, id);
        if (f == null) {
            throw new BusinessRuleException("No filing " + id);
        }
        return f;
    }

    /**
     * Opens the year's draft, creating the first version when there is none. The text starts from the previous year's
     * newest final version (else its draft; the user edits it for this year), else from the default templates.
     */
    @Allowed(Role.COMPLIANCE)
    @Transactional
    public Filing startYear(int year) {
        Optional<Filing> existing = current(year);
        if (existing.isPresent()) {
            return existing.get();
        }
        // last year's signed text (its newest final version), else its draft: the pre-flight then flags what was not updated
        List<Filing> previous = versions(year - 1);
        Optional<Filing> lastYear = previous.stream().filter(Filing::isFinal).findFirst().or(() -> previous.stream().findFirst());
        Filing f = Filing.start(ReportingYear.of(year),
                lastYear.map(Filing::getNarrative).orElseGet(DefaultNarrative::create),
                lastYear.map(Filing::getRegistrant).orElse(null), clock.now(), currentUser.name());
        lastYear.ifPresent(l -> f.changeOptions(l.isIncludeRmapStatus(), l.isIncludeUnresolved(), clock.now()));
        em.persist(f);
        audit.record(AUDIT_TYPE, year + " v1", "created", "Draft filing for " + year + " started from "
                + lastYear.map(l -> "the " + l.getYear() + " filing (version " + l.getVersion() + ")").orElse("the default text"));
        return f;
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public Filing saveRegistrant(long id, Registrant registrant) {
        Filing f = get(id);
        f.changeRegistrant(registrant, clock.now());
        audit.record(AUDIT_TYPE, key(f), "updated", "Registrant information changed");
        return f;
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public Filing saveNarrative(long id, Narrative narrative) {
        Filing f = get(id);
        List<String> changed = new ArrayList<>();
        for (Narrative.Section s : Narrative.Section.values()) {
            if (!narrative.asMap().get(s).equals(f.getNarrative().asMap().get(s))) {
                changed.add(s.heading());
            }
        }
        for (Narrative.Field field : Narrative.Field.values()) {
            if (!narrative.fields().get(field).equals(f.getNarrative().fields().get(field))) {
                changed.add(field.label());
            }
        }
        f.changeNarrative(narrative, clock.now());
        audit.record(AUDIT_TYPE, key(f), "updated", changed.isEmpty() ? "Narrative saved without changes"
                : "Narrative changed: " + String.join(", ", changed));
        return f;
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public Filing saveOptions(long id, boolean rmapStatusColumn, boolean unresolvedNames, LocalDate periodStart, LocalDate periodEnd) {
        Filing f = get(id);
        f.changeOptions(rmapStatusColumn, unresolvedNames, clock.now());
        if (periodStart != null && periodEnd != null) {
            f.changePeriod(periodStart, periodEnd, clock.now());
        }
        audit.record(AUDIT_TYPE, key(f), "updated", "Options: RMAP status column " + onOff(rmapStatusColumn)
                + ", unresolved names " + onOff(unresolvedNames) + ", period " + f.getPeriodStart() + " to " + f.getPeriodEnd());
        return f;
    }

    public FilingWork work() {
        return new FilingWork(sources());
    }

    /**
     * The facts a filing states: frozen for a final filing, computed for a draft and kept until the data changes
     * ({@link DraftFactsCache}).
     */
    @Transactional
    public FilingFacts facts(int year) {
        FilingSources sources = sources();
        return factsCache.facts(year, sources, () -> new FilingWork(sources).facts(year, current(year)));
    }

    /** Annex A as the year's filing states it (default options when there is no filing yet). */
    @Transactional
    public AnnexA annexA(int year) {
        return work().annexA(year, current(year));
    }

    /** Annex A as the CSV export lays it out: the report's as-of line, options and footnotes. */
    @Transactional
    public org.oretrace.filing.domain.AnnexExport annexExport(int year) {
        Optional<Filing> f = current(year);
        return work().annexExport(year, f, f.map(this::signedOn).orElse(clock.today()));
    }

    /** A document of the year's current version: the frozen bytes when final, freshly rendered when a draft. */
    @Transactional
    public Optional<FilingWork.GeneratedDocument> document(int year, DocumentKind kind) {
        return current(year).map(f -> work().document(f, kind, clock.today()));
    }

    /** The current version's submission set (Form SD, Exhibit 1.01, PDF) zipped with a SHA-256 manifest. */
    @Transactional
    public Optional<byte[]> submission(int year) {
        return current(year).map(f -> work().submission(f, signedOn(f)));
    }

    /** A document of a given version. */
    @Transactional
    public FilingWork.GeneratedDocument document(long filingId, DocumentKind kind) {
        return work().document(get(filingId), kind, clock.today());
    }

    /** The year's pre-flight: every open item between the current draft and a signature (none for a final version). */
    @Transactional
    public List<PreflightItem> preflight(int year) {
        return current(year).map(f -> work().preflight(f, clock.today())).orElse(List.of());
    }

    /** Freezes the draft and records who did it, with the documents' SHA-256, in the audit trail. */
    @Allowed(Role.COMPLIANCE)
    @Transactional
    public Filing finalizeFiling(long id) {
        return finalizeFiling(id, null);
    }

    /**
     * Finalizes; with {@code overrideReason} an ADMIN finalizes despite blocking pre-flight items, and the reason and the
     * items overridden are frozen into the version and written to the audit trail.
     */
    @Allowed(Role.COMPLIANCE)
    @Transactional
    public Filing finalizeFiling(long id, String overrideReason) {
        String reason = overrideReason == null ? null : overrideReason.strip();
        if (overrideReason != null) {
            if (!currentUser.hasRole(Role.ADMIN)) {
                throw new AccessDeniedException("Only an administrator may finalize despite blocking pre-flight items");
            }
            if (reason.isEmpty()) {
                throw new BusinessRuleException("Give the reason for finalizing despite the blocking pre-flight items");
            }
            if (reason.length() > MAX_OVERRIDE_REASON) {
                throw new BusinessRuleException("The reason is limited to " + MAX_OVERRIDE_REASON + " characters");
            }
        }
        Filing f = get(id);
        FilingWork.Finalized done = work().finalizeFiling(f, clock.now(), clock.today(), currentUser.name(), reason);
        String summary = "Finalized by " + currentUser.name() + "; " + done.documents().stream()
                .map(d -> d.kind().fileName() + " SHA-256 " + d.sha256()).collect(Collectors.joining(", "));
        if (!done.overridden().isEmpty()) {
            summary += ". Blocking pre-flight items overridden by " + currentUser.name() + " with the reason \"" + reason
                    + "\": " + done.overridden().stream().map(i -> i.code() + " (" + i.count() + ")")
                    .collect(Collectors.joining(", "));
        }
        // the audit summary holds 4,000 characters; the reason itself is frozen whole in the version
        audit.record(AUDIT_TYPE, key(f), done.overridden().isEmpty() ? "finalized" : "finalized with override",
                summary.length() > 4000 ? summary.substring(0, 3997) + "..." : summary);
        return f;
    }

    /** Starts a new draft version from the year's latest final version. */
    @Allowed(Role.COMPLIANCE)
    @Transactional
    public Filing startNewVersion(int year) {
        Filing latest = current(year).orElseThrow(() -> new BusinessRuleException("No filing for " + year));
        Filing next = latest.nextVersion(clock.now(), currentUser.name());
        em.persist(next);
        audit.record(AUDIT_TYPE, key(next), "created", "Version " + next.getVersion() + " started from final version "
                + latest.getVersion());
        return next;
    }

    private LocalDate signedOn(Filing f) {
        return f.isFinal() && f.getFinalizedAt() != null ? LocalDate.ofInstant(f.getFinalizedAt(), clock.zone()) : clock.today();
    }

    private static String key(Filing f) {
        return f.getYear() + " v" + f.getVersion();
    }

    private static String onOff(boolean b) {
        return b ? "on" : "off";
    }
}
