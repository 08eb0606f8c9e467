package org.oretrace.filing.testing;

import org.oretrace.filing.application.FilingSources;
import org.oretrace.filing.domain.DeclarationScope;
import org.oretrace.filing.domain.RmapCategory;
import org.oretrace.kernel.names.CompanyName;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.ReportingYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A reporting year built from RMI's real smelter reference list (CMRT 6.5 "Smelter Look-up"): 77 suppliers
 * solicited, 58 accepted declarations whose smelter rows name smelters by the look-up names suppliers pick,
 * one smelter under three spellings, unresolved names, "not yet identified" rows and a sanctioned smelter.
 * <p>
 * Interim stand-in for registry/outreach/intake while those modules are written: it resolves names the way
 * the registry does (exact look-up name, else unresolved) and aggregates in memory what the real source
 * aggregates in SQL.
 */
public final class TemplateYear implements FilingSources {

    public static final Set<String> COVERED = Set.of("CONGO, DEMOCRATIC REPUBLIC OF THE", "ANGOLA", "BURUNDI",
            "CENTRAL AFRICAN REPUBLIC", "CONGO", "RWANDA", "SOUTH SUDAN", "TANZANIA, UNITED REPUBLIC OF", "UGANDA", "ZAMBIA");

    /** One smelter row as a supplier typed it. */
    public record Row(String supplier, Metal metal, String name, String country) {
    }

    public record Declaration(long id, long supplierId, String supplier, DeclarationScope scope, Set<Metal> q3Yes,
                              Set<Metal> q5Yes, List<Row> rows) {
    }

    public final List<LookupSheet.Entry> lookup;
    public final Map<String, LookupSheet.Entry> byId = new LinkedHashMap<>();
    public final Map<String, String> idByLookupName = new HashMap<>();
    public final List<String> suppliers = new ArrayList<>();
    public final List<Declaration> declarations = new ArrayList<>();
    public final Set<String> sanctionedIds = new TreeSet<>();
    /** The smelter reported under three different look-up names. */
    public final String threeSpellingsId;
    public final List<String> threeSpellings;
    private final Map<String, RmapCategory> rmap = new HashMap<>();
    /** What the owning modules report open (the pre-flight's input); nothing by default. */
    public OpenWork open = OpenWork.NONE;

    /** The campaign's scope by category, the contract clauses, the sanctions decisions, red flags and mails: none by default. */
    public List<org.oretrace.filing.domain.FilingFacts.ScopeCategory> scope = List.of();
    public long contractClauses;
    public final Map<String, String> sanctionsDecisions = new HashMap<>();
    public RiskReviewFacts riskReviews = new RiskReviewFacts(0, 0, 0, 0, 0, null);
    public Communications communications = Communications.NONE;

    private TemplateYear(List<LookupSheet.Entry> lookup) {
        this.lookup = lookup;
        for (LookupSheet.Entry e : lookup) {
            byId.putIfAbsent(e.smelterId(), e);
            idByLookupName.put(CompanyName.folded(e.lookupName()), e.smelterId());
        }
        Map<String, List<String>> aliases = new TreeMap<>();
        lookup.forEach(e -> aliases.computeIfAbsent(e.smelterId(), k -> new ArrayList<>()).add(e.lookupName()));
        Map.Entry<String, List<String>> three = aliases.entrySet().stream()
                .filter(e -> new TreeSet<>(e.getValue().stream().map(CompanyName::folded).toList()).size() >= 3)
                .findFirst().orElseThrow(() -> new IllegalStateException("no smelter with three look-up names"));
        threeSpellingsId = three.getKey();
        threeSpellings = three.getValue().stream()
                .collect(java.util.stream.Collectors.toMap(CompanyName::folded, n -> n, (a, b) -> a, LinkedHashMap::new))
                .values().stream().limit(3).toList();
        // RMAP status is not in the template: give every third smelter each category, deterministically
        List<String> ids = new ArrayList<>(byId.keySet());
        for (int i = 0; i < ids.size(); i++) {
            rmap.put(ids.get(i), RmapCategory.values()[i % 3]);
        }
    }

    /** The year of the issue: 77 solicited, 58 accepted. */
    public static TemplateYear standard() {
        TemplateYear y = new TemplateYear(LookupSheet.cmrt65());
        for (int i = 1; i <= 77; i++) {
            y.suppliers.add(String.format("Supplier %02d %s", i, i % 2 == 0 ? "GmbH" : "Inc."));
        }
        List<String> ids = new ArrayList<>(y.byId.keySet());
        String russian = ids.stream().filter(id -> y.byId.get(id).country().toUpperCase().contains("RUSSIA"))
                .findFirst().orElseThrow();
        y.sanctionedIds.add(russian);
        String covered = ids.stream().filter(id -> COVERED.contains(y.byId.get(id).country().toUpperCase()))
                .findFirst().orElseThrow();
        for (int i = 1; i <= 58; i++) {
            String supplier = y.suppliers.get(i - 1);
            DeclarationScope scope = i % 11 == 0 ? DeclarationScope.USER_DEFINED
                    : i % 4 == 0 ? DeclarationScope.PRODUCT : DeclarationScope.COMPANY;
            List<Row> rows = new ArrayList<>();
            for (int k = 0; k < 12; k++) {
                LookupSheet.Entry e = y.byId.get(ids.get((i * 7 + k * 29) % ids.size()));
                if (e.smelterId().equals(russian) || e.smelterId().equals(y.threeSpellingsId)) {
                    continue;
                }
                rows.add(new Row(supplier, e.metal(), e.lookupName(), e.country()));
            }
            if (i <= 3) {
                LookupSheet.Entry e = y.byId.get(y.threeSpellingsId);
                rows.add(new Row(supplier, e.metal(), y.threeSpellings.get(i - 1), e.country()));
            }
            if (i == 7) {
                LookupSheet.Entry e = y.byId.get(russian);
                rows.add(new Row(supplier, e.metal(), e.lookupName(), e.country()));
            }
            if (i == 9) {
                LookupSheet.Entry e = y.byId.get(covered);
                rows.add(new Row(supplier, e.metal(), e.lookupName(), e.country()));
            }
            if (i == 4) {
                rows.add(new Row(supplier, Metal.TIN, "Mineração Fictícia S.A.", "BRAZIL"));
            }
            if (i == 5) {
                rows.add(new Row(supplier, Metal.TIN, "MINERACAO FICTICIA SA", "BRAZIL"));
                rows.add(new Row(supplier, Metal.GOLD, "Unheard-of Refinery Ltd.", "PERU"));
            }
            if (i % 10 == 6) {
                rows.add(new Row(supplier, Metal.TANTALUM, "Smelter not yet identified", "UNKNOWN"));
            }
            Set<Metal> q3 = i % 9 == 0 ? EnumSet.of(Metal.TIN, Metal.GOLD) : EnumSet.noneOf(Metal.class);
            Set<Metal> q5 = i % 6 == 0 ? EnumSet.of(Metal.GOLD) : EnumSet.noneOf(Metal.class);
            y.declarations.add(new Declaration(1000 + i, i, supplier, scope, q3, q5, rows));
        }
        return y;
    }

    /** Resolves as the registry does: a known look-up name gives the smelter ID, anything else does not. */
    public String resolve(Row row) {
        return idByLookupName.get(CompanyName.folded(row.name()));
    }

    public boolean notYetIdentified(Row row) {
        return row.name().equalsIgnoreCase("Smelter not yet identified");
    }

    /** The RMAP category this fixture gives a smelter. */
    public RmapCategory rmapCategory(String smelterId) {
        return rmap.get(smelterId);
    }

    @Override
    public OutreachFacts outreachFacts(ReportingYear year) {
        long responded = declarations.stream().map(Declaration::supplierId).distinct().count();
        return new OutreachFacts(suppliers.size(), suppliers.size(), (int) responded, "/outreach/campaign.xhtml?year=" + year);
    }

    @Override
    public List<DeclarationSummary> acceptedDeclarations(ReportingYear year) {
        return declarations.stream().map(d -> new DeclarationSummary(d.id(), d.supplierId(), d.supplier(), d.scope(),
                d.q3Yes(), d.q5Yes(), "/intake/declarations.xhtml?year=" + year)).toList();
    }

    @Override
    public FollowUpFacts followUp(ReportingYear year) {
        return new FollowUpFacts(9, 7, "/intake/declarations.xhtml?year=" + year + "&followUp=true");
    }

    /** The registry knows no RMAP status for this smelter (none dated on or before the as-of date). */
    public void forgetRmapStatus(String smelterId) {
        rmap.remove(smelterId);
    }

    @Override
    public OpenWork openWork(ReportingYear year) {
        return open;
    }

    @Override
    public List<org.oretrace.filing.domain.FilingFacts.ScopeCategory> scopeCategories(ReportingYear year) {
        return scope;
    }

    @Override
    public long suppliersWithContractClause(ReportingYear year, LocalDate asOf) {
        return contractClauses;
    }

    @Override
    public Map<String, String> sanctionsDecisions(Collection<String> smelterIds) {
        Map<String, String> map = new HashMap<>(sanctionsDecisions);
        map.keySet().retainAll(new java.util.HashSet<>(smelterIds));
        return map;
    }

    @Override
    public RiskReviewFacts riskReviews(ReportingYear year) {
        return riskReviews;
    }

    @Override
    public Communications communications(ReportingYear year) {
        return communications;
    }

    @Override
    public List<SmelterUsage> smelterUsage(ReportingYear year) {
        Map<String, Set<String>> suppliersOf = suppliersOf();
        return suppliersOf.entrySet().stream().map(e -> new SmelterUsage(e.getKey(), e.getValue().size())).toList();
    }

    @Override
    public List<SmelterReporters> smelterReporters(ReportingYear year) {
        Map<String, Long> idOf = new java.util.HashMap<>();
        declarations.forEach(d -> idOf.put(d.supplier(), d.supplierId()));
        List<SmelterReporters> list = new ArrayList<>();
        suppliersOf().forEach((id, names) -> list.add(new SmelterReporters(id, names.stream().mapToLong(idOf::get).toArray())));
        return list;
    }

    private Map<String, Set<String>> suppliersOf() {
        Map<String, Set<String>> map = new TreeMap<>();
        for (Declaration d : declarations) {
            for (Row r : d.rows()) {
                String id = resolve(r);
                if (id != null) {
                    map.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(d.supplier());
                }
            }
        }
        return map;
    }

    @Override
    public List<UnresolvedRow> unresolvedRows(ReportingYear year) {
        Set<UnresolvedRow> rows = new LinkedHashSet<>();
        for (Declaration d : declarations) {
            for (Row r : d.rows()) {
                if (resolve(r) == null && !notYetIdentified(r)) {
                    rows.add(new UnresolvedRow(r.metal(), r.name(), r.country(), d.supplier()));
                }
            }
        }
        return List.copyOf(rows);
    }

    @Override
    public long notYetIdentifiedRows(ReportingYear year) {
        return declarations.stream().flatMap(d -> d.rows().stream()).filter(this::notYetIdentified).count();
    }

    @Override
    public Map<String, SmelterFacts> smelters(Collection<String> smelterIds, LocalDate asOf) {
        Map<String, SmelterFacts> map = new HashMap<>();
        for (String id : smelterIds) {
            LookupSheet.Entry e = byId.get(id);
            if (e != null) {
                RmapCategory c = rmap.get(id);
                map.put(id, new SmelterFacts(id, e.metal(), e.standardName(), e.country(),
                        COVERED.contains(e.country().toUpperCase()), sanctionedIds.contains(id), c == null ? null : c.label(), c,
                        "/registry/smelter.xhtml?id=" + id));
            }
        }
        return map;
    }

    @Override
    public List<SupplierStatus> supplierStatuses(ReportingYear year) {
        List<SupplierStatus> list = new ArrayList<>();
        for (int i = 0; i < suppliers.size(); i++) {
            boolean responded = i < declarations.size();
            list.add(new SupplierStatus(suppliers.get(i), responded ? "Accepted" : "No response",
                    LocalDate.of(year.value() + 1, 1, 15), responded ? LocalDate.of(year.value() + 1, 2, 1 + i % 27) : null,
                    responded ? declarations.get(i).scope().label() : null, null));
        }
        return list;
    }

    @Override
    public List<FindingRow> findings(ReportingYear year) {
        return declarations.stream().filter(d -> d.supplierId() % 6 == 0)
                .map(d -> new FindingRow(d.supplier(), d.id(), "Q3-CONSISTENCY", "WARNING",
                        "Q3 answered Yes but no smelter in a covered country", "Declaration!D40")).toList();
    }
}
