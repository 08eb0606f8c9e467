package org.oretrace.filing.application;

import org.oretrace.filing.domain.ConsolidatedSmelter;
import org.oretrace.filing.domain.DeclarationScope;
import org.oretrace.filing.domain.FilingFacts;
import org.oretrace.filing.domain.RmapCategory;
import org.oretrace.filing.domain.SmelterList;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.ReportingYear;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds a year's consolidated smelter list and facts from the sources. Plain Java (no container) so that
 * the benchmark and tests run exactly the code the server runs.
 */
public class Consolidation {

    private final FilingSources sources;

    public Consolidation(FilingSources sources) {
        this.sources = sources;
    }

    /** @param asOf the date whose RMAP statuses count: the end of the reporting period */
    public YearData of(ReportingYear year, LocalDate asOf) {
        List<FilingSources.DeclarationSummary> declarations = sources.acceptedDeclarations(year);
        SmelterList smelters = smelterList(year, asOf, declarations);
        return new YearData(facts(year, asOf, smelters, declarations), smelters);
    }

    /** @param withSupplierNames whether each smelter lists who reported it (the working file does; Annex A does not) */
    public SmelterList smelterList(ReportingYear year, LocalDate asOf, boolean withSupplierNames) {
        return smelterList(year, asOf, withSupplierNames ? sources.acceptedDeclarations(year) : null);
    }

    /** @param declarations the accepted declarations, whose suppliers' names are listed; null for counts only */
    private SmelterList smelterList(ReportingYear year, LocalDate asOf, List<FilingSources.DeclarationSummary> declarations) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, List<String>> suppliersOf = new HashMap<>();
        if (declarations == null) {
            sources.smelterUsage(year).forEach(u -> counts.put(u.smelterId(), u.supplierCount()));
        } else {
            Map<Long, String> names = new HashMap<>();
            declarations.forEach(d -> names.put(d.supplierId(), d.supplierName()));
            for (FilingSources.SmelterReporters r : sources.smelterReporters(year)) {
                counts.put(r.smelterId(), r.supplierIds().length);
                List<String> list = new ArrayList<>(r.supplierIds().length);
                for (long id : r.supplierIds()) {
                    list.add(names.getOrDefault(id, "Supplier " + id));
                }
                suppliersOf.put(r.smelterId(), list);
            }
        }
        Map<String, FilingSources.SmelterFacts> registry = sources.smelters(counts.keySet(), asOf);
        List<SmelterList.Resolved> resolved = new ArrayList<>(counts.size());
        counts.forEach((smelterId, supplierCount) -> {
            FilingSources.SmelterFacts f = registry.get(smelterId);
            // the source resolved the row through the registry, so a smelter is missing only when it was removed in
            // between; it cannot be listed without a name and country
            if (f != null) {
                resolved.add(new SmelterList.Resolved(f.smelterId(), f.metal(), f.standardName(), f.country(),
                        f.rmapStatus(), f.rmapCategory() == null ? RmapCategory.UNKNOWN : f.rmapCategory(),
                        f.sanctioned(), f.coveredCountry(), supplierCount, f.rmapSource()));
            }
        });
        List<SmelterList.Unresolved> unresolved = new ArrayList<>();
        for (FilingSources.UnresolvedRow row : sources.unresolvedRows(year)) {
            unresolved.add(new SmelterList.Unresolved(row.metal(), row.nameAsWritten(), row.countryAsWritten(),
                    row.supplierName()));
        }
        return SmelterList.consolidate(resolved, suppliersOf, unresolved, sources.notYetIdentifiedRows(year));
    }

    public FilingFacts facts(ReportingYear year, LocalDate asOf, SmelterList smelters) {
        return facts(year, asOf, smelters, sources.acceptedDeclarations(year));
    }

    private FilingFacts facts(ReportingYear year, LocalDate asOf, SmelterList smelters,
                              List<FilingSources.DeclarationSummary> declarations) {
        int y = year.value();
        FilingSources.OutreachFacts outreach = sources.outreachFacts(year);
        FilingSources.FollowUpFacts followUp = sources.followUp(year);
        FilingSources.RiskReviewFacts risk = sources.riskReviews(year);
        FilingSources.Communications sent = sources.communications(year);
        String smelterLink = "/filing/smelters.xhtml?year=" + y;
        String declarationsLink = declarations.isEmpty() ? null : declarations.get(0).link();

        FilingFacts.Builder b = new FilingFacts.Builder()
                .add(FilingFacts.SUPPLIERS_IN_SCOPE, "Suppliers in scope", outreach.suppliersInScope(), outreach.link())
                .add(FilingFacts.SUPPLIERS_SOLICITED, "Suppliers solicited", outreach.suppliersSolicited(), outreach.link())
                .add(FilingFacts.SUPPLIERS_RESPONDED, "Suppliers who responded", outreach.suppliersResponded(), outreach.link())
                .add(FilingFacts.RESPONSE_RATE_PERCENT, "Response rate (%)",
                        percent(outreach.suppliersResponded(), outreach.suppliersSolicited()), outreach.link())
                .add(FilingFacts.REQUESTS_SENT, "CMRT requests sent", sent.requests(), sent.link())
                .add(FilingFacts.REMINDERS_SENT, "Reminders sent", sent.reminders(), sent.link())
                .add(FilingFacts.ESCALATIONS_SENT, "Escalations to internal owners sent", sent.escalations(), sent.link())
                .add(FilingFacts.FINAL_NOTICES_SENT, "Final notices sent", sent.finalNotices(), sent.link())
                .add(FilingFacts.CORRECTIVE_ACTIONS_SENT, "Corrective-action requests sent", sent.correctiveActions(), sent.link())
                .add(FilingFacts.PHONE_CALLS_LOGGED, "Phone calls logged", sent.phoneCalls(), outreach.link())
                .add(FilingFacts.LETTERS_LOGGED, "Letters logged", sent.letters(), outreach.link())
                .add(FilingFacts.CONTRACT_CLAUSES, "Suppliers in scope with the conflict minerals contract clause",
                        sources.suppliersWithContractClause(year, asOf), "/outreach/suppliers.xhtml")
                .add(FilingFacts.DECLARATIONS_ACCEPTED, "Declarations accepted", declarations.size(), declarationsLink)
                .add(FilingFacts.DECLARATIONS_COMPANY, "Company-level declarations",
                        countScope(declarations, DeclarationScope.COMPANY), declarationsLink)
                .add(FilingFacts.DECLARATIONS_PRODUCT, "Product-level declarations",
                        countScope(declarations, DeclarationScope.PRODUCT), declarationsLink)
                .add(FilingFacts.DECLARATIONS_USER_DEFINED, "User-defined scope declarations",
                        countScope(declarations, DeclarationScope.USER_DEFINED), declarationsLink)
                .add(FilingFacts.NEEDING_FOLLOW_UP, "Declarations needing follow-up", followUp.needingFollowUp(), followUp.link())
                .add(FilingFacts.FOLLOW_UP_RESOLVED, "Follow-ups resolved", followUp.resolved(), followUp.link())
                .add(FilingFacts.RED_FLAGS, "Declarations with red flags (risk review)", risk.withRedFlags(), risk.link())
                .add(FilingFacts.RED_FLAGS_ACCEPTED, "Red flags accepted with a reason", risk.acceptedWithReason(), risk.link())
                .add(FilingFacts.RED_FLAGS_ASKED, "Red flags: supplier asked", risk.askedSupplier(), risk.link())
                .add(FilingFacts.RED_FLAGS_ESCALATED, "Red flags escalated", risk.escalated(), risk.link())
                .add(FilingFacts.RED_FLAGS_OPEN, "Red flags not yet reviewed", risk.open(), risk.link())
                .add(FilingFacts.SMELTERS_IDENTIFIED, "Smelters and refiners identified",
                        smelters.count(s -> s.metal().isConflictMineral()), smelterLink)
                .add(FilingFacts.SMELTERS_CONFORMANT, "RMAP conformant smelters",
                        smelters.count(s -> s.metal().isConflictMineral() && s.rmapCategory() == RmapCategory.CONFORMANT),
                        smelterLink + "&rmap=CONFORMANT")
                .add(FilingFacts.SMELTERS_ACTIVE, "RMAP active smelters",
                        smelters.count(s -> s.metal().isConflictMineral() && s.rmapCategory() == RmapCategory.ACTIVE),
                        smelterLink + "&rmap=ACTIVE")
                .add(FilingFacts.SMELTERS_NOT_CONFORMANT, "Smelters not conformant (as a list or table states)",
                        smelters.count(s -> s.metal().isConflictMineral() && s.rmapCategory() == RmapCategory.NOT_CONFORMANT),
                        smelterLink + "&rmap=NOT_CONFORMANT")
                .add(FilingFacts.SMELTERS_RMAP_UNKNOWN, "Smelters whose RMAP status is unknown (no imported list covers them)",
                        smelters.count(s -> s.metal().isConflictMineral() && s.rmapCategory() == RmapCategory.UNKNOWN),
                        smelterLink + "&rmap=UNKNOWN")
                .add(FilingFacts.SMELTERS_COVERED, "Smelters in covered countries",
                        smelters.count(s -> s.metal().isConflictMineral() && s.coveredCountry()), smelterLink + "&flag=covered")
                .add(FilingFacts.SMELTERS_SANCTIONED, "Sanctioned smelters (confirmed in the registry)",
                        smelters.count(s -> s.metal().isConflictMineral() && s.sanctioned()), smelterLink + "&flag=sanctioned")
                .add(FilingFacts.SUPPLIERS_COVERED_SOURCING, "Suppliers reporting covered-country sourcing (Q3)",
                        suppliersAnswering(declarations, FilingSources.DeclarationSummary::coveredCountrySourcing), declarationsLink)
                .add(FilingFacts.SUPPLIERS_RECYCLED, "Suppliers reporting recycled or scrap sources (Q5)",
                        suppliersAnswering(declarations, FilingSources.DeclarationSummary::recycledOrScrap), declarationsLink)
                .add(FilingFacts.UNRESOLVED_NAMES, "Unresolved smelter names", smelters.unresolved().size(),
                        "/filing/smelters.xhtml?year=" + y + "&view=unresolved")
                .add(FilingFacts.NOT_YET_IDENTIFIED, "Rows reporting \"smelter not yet identified\"",
                        smelters.notYetIdentifiedRows(), null);
        for (Metal metal : Metal.values()) {
            if (!metal.isConflictMineral()) {
                continue;
            }
            String link = smelterLink + "&metal=" + metal.name();
            List<ConsolidatedSmelter> ofMetal = smelters.smelters(metal);
            b.add(FilingFacts.perMetal("smelters", metal), metal.displayName() + " smelters identified", ofMetal.size(), link);
            for (RmapCategory c : RmapCategory.values()) {
                b.add(FilingFacts.perMetal(c.key(), metal),
                        metal.displayName() + " smelters: " + c.label(),
                        ofMetal.stream().filter(s -> s.rmapCategory() == c).count(), link + "&rmap=" + c.name());
            }
        }
        List<String> sanctioned = smelters.smelters().stream().filter(ConsolidatedSmelter::sanctioned)
                .map(ConsolidatedSmelter::name).collect(Collectors.toCollection(TreeSet::new)).stream().toList();
        return b.build(y, asOf, sanctioned, rmapSources(smelters), sources.scopeCategories(year), flagged(smelters));
    }

    /** Sanctioned and covered-country smelters, by metal and name, each with the decision recorded about it. */
    private List<FilingFacts.FlaggedSmelter> flagged(SmelterList smelters) {
        List<ConsolidatedSmelter> flagged = smelters.smelters().stream()
                .filter(s -> s.metal().isConflictMineral() && (s.sanctioned() || s.coveredCountry())).toList();
        if (flagged.isEmpty()) {
            return List.of();
        }
        Map<String, String> decisions = sources.sanctionsDecisions(
                flagged.stream().filter(ConsolidatedSmelter::sanctioned).map(ConsolidatedSmelter::smelterId).toList());
        return flagged.stream()
                .sorted(java.util.Comparator.comparing((ConsolidatedSmelter s) -> s.metal().displayName())
                        .thenComparing(ConsolidatedSmelter::name, String.CASE_INSENSITIVE_ORDER))
                .map(s -> new FilingFacts.FlaggedSmelter(s.smelterId(), s.metal().displayName(), s.name(), s.country(),
                        s.sanctioned(), s.coveredCountry(), s.rmapStatus(), s.sanctioned() ? decisions.get(s.smelterId()) : null))
                .toList();
    }

    /** The lists and tables the statuses come from, most used first, with how many smelters each gives the status of. */
    static List<FilingFacts.RmapSource> rmapSources(SmelterList smelters) {
        Map<String, Long> counts = smelters.smelters().stream()
                .filter(s -> s.metal().isConflictMineral() && s.rmapSource() != null)
                .collect(Collectors.groupingBy(ConsolidatedSmelter::rmapSource, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new FilingFacts.RmapSource(e.getKey(), e.getValue())).toList();
    }

    /** Whole percent, half up: 58 of 77 is 75 %. */
    static long percent(long part, long whole) {
        if (whole == 0) {
            return 0;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).longValue();
    }

    private static long countScope(List<FilingSources.DeclarationSummary> declarations, DeclarationScope scope) {
        return declarations.stream().filter(d -> d.scope() == scope).count();
    }

    private static long suppliersAnswering(List<FilingSources.DeclarationSummary> declarations,
                                           java.util.function.Function<FilingSources.DeclarationSummary, Set<Metal>> answer) {
        return declarations.stream().filter(d -> answer.apply(d).stream().anyMatch(Metal::isConflictMineral))
                .map(FilingSources.DeclarationSummary::supplierId).distinct().count();
    }
}
