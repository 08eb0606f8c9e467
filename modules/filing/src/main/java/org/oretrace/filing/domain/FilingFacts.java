package org.oretrace.filing.domain;

import org.oretrace.kernel.Metal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures a Conflict Minerals Report states, computed from the year's data. Kept as a list of
 * named facts so the text's placeholders, the workspace and the JSON snapshot all use the same names.
 *
 * @param asOf        the date whose RMAP statuses were used (the end of the reporting period)
 * @param rmapSources the RMAP lists and tables the statuses on that date come from, each with its as-of date and how
 *                    many of the year's smelters it gives the status of (empty in snapshots older than this figure)
 * @param scopeCategories the supplier categories the year's campaign solicited, with how many each (empty in older snapshots)
 * @param flaggedSmelters the sanctioned and covered-country smelters, named, with the action recorded for each (empty in
 *                        older snapshots)
 */
public record FilingFacts(int reportingYear, LocalDate asOf, List<Fact> facts, List<String> sanctionedSmelters,
                          List<RmapSource> rmapSources, List<ScopeCategory> scopeCategories,
                          List<FlaggedSmelter> flaggedSmelters) implements java.io.Serializable {

    public static final String SUPPLIERS_IN_SCOPE = "suppliersInScope";
    public static final String SUPPLIERS_SOLICITED = "suppliersSolicited";
    public static final String SUPPLIERS_RESPONDED = "suppliersResponded";
    public static final String RESPONSE_RATE_PERCENT = "responseRatePercent";
    public static final String REQUESTS_SENT = "requestsSent";
    public static final String REMINDERS_SENT = "remindersSent";
    public static final String ESCALATIONS_SENT = "escalationsSent";
    public static final String FINAL_NOTICES_SENT = "finalNoticesSent";
    public static final String CORRECTIVE_ACTIONS_SENT = "correctiveActionsSent";
    public static final String PHONE_CALLS_LOGGED = "phoneCallsLogged";
    public static final String LETTERS_LOGGED = "lettersLogged";
    public static final String DECLARATIONS_ACCEPTED = "declarationsAccepted";
    public static final String DECLARATIONS_COMPANY = "declarationsCompanyLevel";
    public static final String DECLARATIONS_PRODUCT = "declarationsProductLevel";
    public static final String DECLARATIONS_USER_DEFINED = "declarationsUserDefined";
    public static final String NEEDING_FOLLOW_UP = "declarationsNeedingFollowUp";
    public static final String FOLLOW_UP_RESOLVED = "declarationsFollowUpResolved";
    public static final String RED_FLAGS = "declarationsWithRedFlags";
    public static final String RED_FLAGS_ACCEPTED = "redFlagsAcceptedWithReason";
    public static final String RED_FLAGS_ASKED = "redFlagsSupplierAsked";
    public static final String RED_FLAGS_ESCALATED = "redFlagsEscalated";
    public static final String RED_FLAGS_OPEN = "redFlagsNotReviewed";
    public static final String SMELTERS_IDENTIFIED = "smeltersIdentified";
    public static final String SMELTERS_CONFORMANT = "smeltersConformant";
    public static final String SMELTERS_ACTIVE = "smeltersActive";
    public static final String SMELTERS_NOT_CONFORMANT = "smeltersNotConformant";
    /** Smelters no imported RMAP list or table covers on the as-of date: their status is unknown. */
    public static final String SMELTERS_RMAP_UNKNOWN = "smeltersRmapUnknown";
    public static final String SMELTERS_COVERED = "smeltersInCoveredCountries";
    public static final String SMELTERS_SANCTIONED = "sanctionedSmelters";
    public static final String SUPPLIERS_COVERED_SOURCING = "suppliersCoveredCountrySourcing";
    public static final String SUPPLIERS_RECYCLED = "suppliersRecycledScrap";
    public static final String UNRESOLVED_NAMES = "unresolvedNames";
    /** Suppliers of the campaign (in scope) whose contract has the conflict minerals clause on the as-of date (outreach). */
    public static final String CONTRACT_CLAUSES = "suppliersWithContractClause";
    public static final String NOT_YET_IDENTIFIED = "notYetIdentifiedRows";

    /** The canonical constructor is the one JSON-B uses for snapshots; one frozen before rmapSources existed reads as empty. */
    @jakarta.json.bind.annotation.JsonbCreator
    public FilingFacts {
        facts = List.copyOf(facts);
        sanctionedSmelters = List.copyOf(sanctionedSmelters);
        rmapSources = rmapSources == null ? List.of() : List.copyOf(rmapSources);
        scopeCategories = scopeCategories == null ? List.of() : List.copyOf(scopeCategories);
        flaggedSmelters = flaggedSmelters == null ? List.of() : List.copyOf(flaggedSmelters);
    }

    public FilingFacts(int reportingYear, LocalDate asOf, List<Fact> facts, List<String> sanctionedSmelters) {
        this(reportingYear, asOf, facts, sanctionedSmelters, List.of());
    }

    public FilingFacts(int reportingYear, LocalDate asOf, List<Fact> facts, List<String> sanctionedSmelters,
                       List<RmapSource> rmapSources) {
        this(reportingYear, asOf, facts, sanctionedSmelters, rmapSources, List.of(), List.of());
    }

    /**
     * A supplier category the campaign solicited (its scope), as outreach counts it.
     *
     * @param name the category's name; null for suppliers without a category
     */
    public record ScopeCategory(String name, long solicited, long responded) implements java.io.Serializable {
    }

    /**
     * A smelter the report names: sanctioned (a confirmed screening hit) or located in a Covered Country.
     *
     * @param action what the Company recorded about it (the sanctions decision's reason); null when nothing is recorded
     */
    public record FlaggedSmelter(String smelterId, String metal, String name, String country, boolean sanctioned,
                                 boolean coveredCountry, String rmapStatus, String action) implements java.io.Serializable {
    }

    /**
     * An RMAP list or table the year's statuses come from.
     *
     * @param source   its label and as-of date, e.g. "RMI Conformant list as of 2024-04-30"
     * @param smelters how many of the year's smelters (conflict minerals) take their status from it
     */
    public record RmapSource(String source, long smelters) implements java.io.Serializable {
    }

    /**
     * Smelters of the year (conflict minerals) whose RMAP status on {@link #asOf} is unknown: no imported list or table
     * covers them on that date. Zero only when every one is known; a snapshot frozen before this figure existed answers 0.
     */
    public long smeltersRmapUnknown() {
        return fact(SMELTERS_RMAP_UNKNOWN).map(Fact::value).orElse(0L);
    }

    /** The sources as a sentence for people and the report: "RMI Conformant list as of 2024-04-30 (120 smelters); ...". */
    public String rmapSourcesText() {
        if (rmapSources.isEmpty()) {
            return "no RMAP status list or table covers " + asOf;
        }
        return String.join("; ", rmapSources.stream().map(s -> s.source() + " (" + s.smelters()
                + (s.smelters() == 1 ? " smelter)" : " smelters)")).toList());
    }

    /** Per-metal keys, e.g. "smeltersGold", "conformantTin". */
    public static String perMetal(String prefix, Metal metal) {
        return prefix + metal.displayName();
    }

    public Optional<Fact> fact(String key) {
        return facts.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public long value(String key) {
        return fact(key).map(Fact::value).orElseThrow(() -> new IllegalArgumentException("No fact " + key));
    }

    /** The facts that are not broken down per metal: what the workspace shows first. */
    public List<Fact> headlineFacts() {
        return facts.stream().filter(f -> Metal.fromText(metalSuffix(f.key())).isEmpty()).toList();
    }

    public List<Fact> metalFacts() {
        return facts.stream().filter(f -> Metal.fromText(metalSuffix(f.key())).isPresent()).toList();
    }

    private static String metalSuffix(String key) {
        for (Metal m : Metal.values()) {
            if (key.endsWith(m.displayName()) && key.length() > m.displayName().length()) {
                return m.displayName();
            }
        }
        return "";
    }

    /** Builder that keeps the order in which facts are added (the order of the workspace and the JSON). */
    public static final class Builder {
        private final List<Fact> facts = new ArrayList<>();

        public Builder add(String key, String label, long value, String link) {
            facts.add(new Fact(key, label, value, link));
            return this;
        }

        public FilingFacts build(int year, LocalDate asOf, List<String> sanctioned) {
            return new FilingFacts(year, asOf, facts, sanctioned);
        }

        public FilingFacts build(int year, LocalDate asOf, List<String> sanctioned, List<RmapSource> rmapSources) {
            return new FilingFacts(year, asOf, facts, sanctioned, rmapSources);
        }

        public FilingFacts build(int year, LocalDate asOf, List<String> sanctioned, List<RmapSource> rmapSources,
                                 List<ScopeCategory> scope, List<FlaggedSmelter> flagged) {
            return new FilingFacts(year, asOf, facts, sanctioned, rmapSources, scope, flagged);
        }
    }

    /** Placeholders known to the narrative: every fact's key, plus the ones added by the text renderer. */
    public Map<String, Long> values() {
        Map<String, Long> map = new java.util.LinkedHashMap<>();
        facts.forEach(f -> map.put(f.key(), f.value()));
        return Collections.unmodifiableMap(map);
    }
}
