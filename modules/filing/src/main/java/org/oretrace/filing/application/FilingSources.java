package org.oretrace.filing.application;

import org.oretrace.filing.domain.DeclarationScope;
import org.oretrace.filing.domain.RmapCategory;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.ReportingYear;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a filing needs from registry, outreach and intake, in the filing's own terms. Aggregations are
 * part of the contract (smelter usage is counted per smelter ID by the source, i.e. in SQL), because a
 * large year has millions of smelter rows that must not be loaded into memory.
 * Links point to the screens that show the records behind a figure; null when there is none.
 */
public interface FilingSources {

    /** False only for the stand-in used while the supplying modules are not deployed. */
    default boolean connected() {
        return true;
    }

    /**
     * A stamp of the whole database's state, equal only while no transaction wrote or committed anything in between
     * (the key of {@link DraftFactsCache}); null when the source cannot tell, and then nothing is kept.
     */
    default String dataStamp() {
        return null;
    }

    /** Suppliers in scope of the year's campaign, solicited, and those who responded. */
    OutreachFacts outreachFacts(ReportingYear year);

    /** The accepted declarations of the year, one per supplier (the latest accepted). */
    List<DeclarationSummary> acceptedDeclarations(ReportingYear year);

    /** Declarations of the year that needed follow-up, and how many of those were resolved. */
    FollowUpFacts followUp(ReportingYear year);

    /**
     * The year's declarations with red flags (OECD step 3) by the outcome of their latest risk review, as intake
     * counts them. Sources without intake know of none.
     */
    default RiskReviewFacts riskReviews(ReportingYear year) {
        return new RiskReviewFacts(0, 0, 0, 0, 0, null);
    }

    /** Resolved smelter rows of the accepted declarations, counted per smelter ID (distinct suppliers). */
    List<SmelterUsage> smelterUsage(ReportingYear year);

    /**
     * Who reported each smelter: {@link #smelterUsage} with the distinct suppliers' IDs, aggregated per smelter by
     * the source in the same single pass over the rows (the supplier count is the number of IDs).
     */
    List<SmelterReporters> smelterReporters(ReportingYear year);

    /** Distinct smelter rows that named a smelter the registry could not resolve. */
    List<UnresolvedRow> unresolvedRows(ReportingYear year);

    /** How many rows said "Smelter not yet identified". */
    long notYetIdentifiedRows(ReportingYear year);

    /** Registry facts of the given smelters, with the RMAP status as it was on {@code asOf}. */
    Map<String, SmelterFacts> smelters(Collection<String> smelterIds, LocalDate asOf);

    /** One row per supplier in scope: where its survey stands. */
    List<SupplierStatus> supplierStatuses(ReportingYear year);

    /** Validation findings of the year's declarations. */
    List<FindingRow> findings(ReportingYear year);

    /**
     * What the owning modules still have open for the year, for the pre-flight: each figure is read from the module
     * that owns it. The stand-in (no modules deployed) reports nothing open.
     */
    default OpenWork openWork(ReportingYear year) {
        return OpenWork.NONE;
    }

    /**
     * @param suppliersWithoutOutcome solicited suppliers with neither a declaration nor a recorded outcome (unreachable)
     * @param declarationsAwaitingDecision the year's declarations neither accepted nor rejected whose supplier has no later
     *        accepted one, per intake state name (e.g. NEEDS_FOLLOW_UP; any state intake adds joins automatically)
     * @param openMatchReviews the year's unresolved smelter names waiting for a person in the registry's review queue
     * @param openSanctionsHits screening hits on the year's smelters neither confirmed nor dismissed
     */
    record OpenWork(int suppliersWithoutOutcome, Map<String, Long> declarationsAwaitingDecision, long openMatchReviews,
                    long openSanctionsHits) {
        public static final OpenWork NONE = new OpenWork(0, Map.of(), 0, 0);

        public OpenWork {
            declarationsAwaitingDecision = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(declarationsAwaitingDecision));
        }
    }

    /**
     * The supplier categories the year's campaign solicited (its scope), with how many suppliers each, as outreach counts
     * them; empty without a campaign.
     */
    default List<org.oretrace.filing.domain.FilingFacts.ScopeCategory> scopeCategories(ReportingYear year) {
        return List.of();
    }

    /**
     * Suppliers solicited by the year's campaign (in scope) whose contract holds the conflict minerals clause on
     * {@code asOf} (outreach's clause tracking: marked, and dated on or before that day when dated).
     */
    default long suppliersWithContractClause(ReportingYear year, LocalDate asOf) {
        return 0;
    }

    /**
     * The recorded decision on each of these smelters' confirmed sanctions hits (the registry's reason), by smelter ID;
     * a smelter without a confirmed hit or without a reason is absent.
     */
    default Map<String, String> sanctionsDecisions(Collection<String> smelterIds) {
        return Map.of();
    }

    /** The rounds of communication the year's campaign actually had (outreach's outbox and contact log). */
    default Communications communications(ReportingYear year) {
        return Communications.NONE;
    }

    /** Mails delivered per kind and contacts logged per channel, as counted by outreach. */
    record Communications(long requests, long reminders, long escalations, long finalNotices, long correctiveActions,
                          long phoneCalls, long letters, long meetings, String link) {
        public static final Communications NONE = new Communications(0, 0, 0, 0, 0, 0, 0, 0, null);
    }

    record OutreachFacts(int suppliersInScope, int suppliersSolicited, int suppliersResponded, String link) {
    }

    record DeclarationSummary(long declarationId, long supplierId, String supplierName, DeclarationScope scope,
                              Set<Metal> coveredCountrySourcing, Set<Metal> recycledOrScrap, String link) {
    }

    record FollowUpFacts(int needingFollowUp, int resolved, String link) {
    }

    /** @param open no review recorded yet */
    record RiskReviewFacts(long withRedFlags, long acceptedWithReason, long askedSupplier, long escalated, long open,
                           String link) {
    }

    record SmelterUsage(String smelterId, int supplierCount) {
    }

    /** @param supplierIds distinct, as in {@link DeclarationSummary#supplierId()} */
    record SmelterReporters(String smelterId, long[] supplierIds) {
    }

    record UnresolvedRow(Metal metal, String nameAsWritten, String countryAsWritten, String supplierName) {
    }

    /**
     * @param rmapStatus   the status words on the as-of date, "Unknown" when no imported status covers it
     * @param rmapCategory UNKNOWN when no imported status covers the date
     * @param rmapSource   where the status comes from, with its date ("RMI Conformant list as of 2024-04-30"); null when unknown
     */
    record SmelterFacts(String smelterId, Metal metal, String standardName, String country, boolean coveredCountry,
                        boolean sanctioned, String rmapStatus, RmapCategory rmapCategory, String link, String rmapSource) {

        public SmelterFacts(String smelterId, Metal metal, String standardName, String country, boolean coveredCountry,
                            boolean sanctioned, String rmapStatus, RmapCategory rmapCategory, String link) {
            this(smelterId, metal, standardName, country, coveredCountry, sanctioned, rmapStatus, rmapCategory, link, null);
        }
    }

    record SupplierStatus(String supplierName, String status, LocalDate solicitedOn, LocalDate respondedOn,
                          String scope, String link) {
    }

    record FindingRow(String supplierName, long declarationId, String rule, String severity, String message,
                      String location) {
    }
}
