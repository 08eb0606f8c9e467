package org.oretrace.app.demo;

import org.oretrace.app.demo.DemoCompany.Defect;
import org.oretrace.app.demo.DemoCompany.DemoSupplier;
import org.oretrace.intake.infrastructure.CmrtWriter;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.country.Countries;
import org.oretrace.kernel.country.Country;
import org.oretrace.registry.application.KnownSmelter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The CMRT each responding demo supplier sends: real workbooks in the RMI layout, several template
 * versions and display languages, smelter lists drawn from the registry (covered-country smelters,
 * one gold refiner under three spellings, "not listed" and "not yet identified" rows) and, for ten
 * suppliers, the typical defects.
 */
final class DemoDeclarations {

    private static final String[] VERSIONS = {"6.5", "6.4", "6.31", "6.22", "6.1", "6.01"};
    private static final String[] LANGUAGES = {"English", "English", "English", "Deutsch", "中文 Chinese", "日本語 Japanese", "Français"};

    /**
     * Two gold refiners that are on OFAC's SDN list of 3 May 2024; some suppliers report them, and
     * the demo's screening finds them once that list arrives (see DemoLoader).
     */
    static final List<String> SANCTIONED_NAMES = List.of("African Gold Refinery", "Uralelectromed");

    private final Map<Metal, List<KnownSmelter>> byMetal = new EnumMap<>(Metal.class);
    private final List<KnownSmelter> sanctioned = new ArrayList<>();
    private final List<KnownSmelter> coveredCountry = new ArrayList<>();
    /** The refiner the demo reports under three spellings, and those spellings. */
    private final KnownSmelter multiSpelled;
    private final List<String> spellings;

    DemoDeclarations(List<KnownSmelter> smelters) {
        for (KnownSmelter s : smelters) {
            if (s.metal() != null && s.metal().isConflictMineral()) {
                // covered-country smelters come in only where the story wants them: each is a red flag to review
                if (Countries.byCode(s.countryCode()).map(Country::isCoveredCountry).orElse(false)) {
                    coveredCountry.add(s);
                } else {
                    byMetal.computeIfAbsent(s.metal(), m -> new ArrayList<>()).add(s);
                }
            }
        }
        byMetal.values().forEach(list -> list.sort(Comparator.comparing(KnownSmelter::smelterId)));
        for (String name : SANCTIONED_NAMES) {
            java.util.stream.Stream.concat(byMetal.getOrDefault(Metal.GOLD, List.of()).stream(), coveredCountry.stream())
                    .filter(s -> s.standardName().toLowerCase(java.util.Locale.ROOT).contains(name.toLowerCase(java.util.Locale.ROOT)))
                    .findFirst().ifPresent(sanctioned::add);
        }
        coveredCountry.sort(Comparator.comparing(KnownSmelter::smelterId));
        multiSpelled = byMetal.getOrDefault(Metal.GOLD, List.of()).stream()
                .filter(s -> s.aliases().stream().filter(a -> !a.equalsIgnoreCase(s.standardName())).count() >= 2)
                .findFirst().orElseThrow(() -> new IllegalStateException("The registry has no gold refiner with two aliases"));
        List<String> names = new ArrayList<>();
        names.add(multiSpelled.standardName());
        multiSpelled.aliases().stream().filter(a -> !a.equalsIgnoreCase(multiSpelled.standardName())).limit(2).forEach(names::add);
        spellings = List.copyOf(names);
    }

    String multiSpelledId() {
        return multiSpelled.smelterId();
    }

    String fileName(DemoSupplier supplier) {
        return "CMRT_" + supplier.number() + "_" + DemoCompany.REPORTING_YEAR + ".xlsx";
    }

    byte[] workbook(DemoSupplier supplier) {
        Random random = new Random(supplier.index() * 31L + DemoCompany.REPORTING_YEAR);
        String version = VERSIONS[supplier.index() % VERSIONS.length];
        String language = LANGUAGES[supplier.index() % LANGUAGES.length];
        Defect defect = supplier.defect();
        LocalDate effective = defect == Defect.FUTURE_DATE ? supplier.respondsOn().plusMonths(6) : supplier.respondsOn().minusDays(2);
        String scope = supplier.productLevel() ? "B. Product (or List of Products)" : "A. Company";
        CmrtWriter cmrt = new CmrtWriter(version, language).company(supplier.name(), scope, null,
                supplier.number(), "Meridian supplier number", supplier.country() + " plant",
                defect == Defect.CONTACT_SAME ? "same" : supplier.contactName(),
                defect == Defect.MISSING_CONTACT_EMAIL ? null
                        : defect == Defect.INVALID_EMAIL ? supplier.contactEmail().replace("@", " at ") : supplier.contactEmail(),
                supplier.contactPhone(), supplier.contactName(), "Quality Manager", supplier.contactEmail(), supplier.contactPhone(),
                effective);

        Set<Metal> declared = new LinkedHashSet<>(supplier.metals());
        if (defect == Defect.METAL_WITHOUT_SMELTERS) {
            declared.add(Metal.GOLD);
        }
        boolean coveredSourcing = false;
        List<String[]> rows = new ArrayList<>();
        for (Metal metal : supplier.metals()) {
            List<KnownSmelter> pool = byMetal.getOrDefault(metal, List.of());
            int count = 3 + random.nextInt(metal == Metal.GOLD ? 22 : 12);
            Set<KnownSmelter> chosen = new LinkedHashSet<>();
            while (chosen.size() < Math.min(count, pool.size())) {
                chosen.add(pool.get(random.nextInt(pool.size())));
            }
            for (KnownSmelter s : chosen) {
                rows.add(new String[]{s.smelterId(), metal.displayName(), s.standardName(), null, countryName(s)});
            }
        }
        if (supplier.metals().contains(Metal.TANTALUM) && supplier.index() % 4 == 0 && !coveredCountry.isEmpty()) {
            KnownSmelter covered = coveredCountry.get(supplier.index() % coveredCountry.size());
            rows.add(new String[]{covered.smelterId(), covered.metal().displayName(), covered.standardName(), null, countryName(covered)});
            declared.add(covered.metal());
            coveredSourcing = true;
        }
        if (supplier.metals().contains(Metal.GOLD) && supplier.index() % 3 == 0) {
            // the same refiner, typed as "not listed" under one of its spellings
            String spelling = spellings.get(supplier.index() % spellings.size());
            rows.add(new String[]{null, "Gold", "Smelter not listed", spelling, countryName(multiSpelled)});
        }
        if (supplier.metals().contains(Metal.GOLD) && supplier.index() % 5 == 3 && !sanctioned.isEmpty()) {
            KnownSmelter refiner = sanctioned.get(supplier.index() % sanctioned.size());
            rows.add(new String[]{refiner.smelterId(), "Gold", refiner.standardName(), null, countryName(refiner)});
        }
        if (supplier.metals().contains(Metal.TIN) && supplier.index() % 7 == 1) {
            rows.add(new String[]{null, "Tin", "Smelter not listed", "Jiangxi Hengda Tin Recovery Plant", "CHINA"});
        }
        if (supplier.index() % 9 == 4) {
            rows.add(new String[]{null, supplier.metals().get(0).displayName(), "Smelter not yet identified", null, null});
        }
        if (defect == Defect.NOT_LISTED_WITHOUT_COUNTRY) {
            rows.add(new String[]{null, "Tin", "Smelter not listed", "Some tin smelter in Asia", null});
        }
        if (defect == Defect.UNKNOWN_SMELTER_ID) {
            rows.add(new String[]{"CID999999", "Tin", null, null, null});
        }
        for (String[] row : rows) {
            cmrt.smelter(row[0], row[1], row[2], row[3], row[4]);
        }

        for (Metal metal : List.of(Metal.TANTALUM, Metal.TIN, Metal.GOLD, Metal.TUNGSTEN)) {
            boolean yes = declared.contains(metal);
            cmrt.answer(1, metal, yes ? "Yes" : "No", null);
            if (defect != Defect.MISSING_ANSWER || metal != supplier.metals().get(0)) {
                cmrt.answer(2, metal, yes ? "Yes" : "No", null);
            }
            if (yes) {
                boolean covered = coveredSourcing && metal == Metal.TANTALUM;
                cmrt.answer(3, metal, covered ? "Yes" : random.nextInt(4) == 0 ? "Unknown" : "No",
                        covered ? "Some tantalum is sourced from Rwanda through a conformant smelter" : null);
                cmrt.answer(4, metal, covered ? "Yes" : "Unknown", null);
                cmrt.answer(5, metal, random.nextInt(8) == 0 ? "Yes" : "No", null);
                cmrt.answer(6, metal, random.nextInt(5) == 0 ? "50% or less" : "Greater than 90%", null);
                cmrt.answer(7, metal, "Yes", null);
                // a few suppliers admit an incomplete smelter list: a red flag for the risk review
                cmrt.answer(8, metal, supplier.index() % 13 == 6 && metal == supplier.metals().get(0) ? "No" : "Yes", null);
                random.nextInt(6); // keeps the seeded sequence of the answers that follow as it was
            }
        }
        String policy = "https://www." + supplier.contactEmail().substring(supplier.contactEmail().indexOf('@') + 1) + "/conflict-minerals";
        cmrt.companyAnswer('A', "Yes", null)
                .companyAnswer('B', "Yes", defect == Defect.POLICY_URL_MISSING ? null : policy)
                .companyAnswer('C', "Yes", null)
                .companyAnswer('D', "Yes", null)
                .companyAnswer('E', "Yes, in conformance with IPC1755 (e.g., CMRT)", null)
                .companyAnswer('F', "Yes", null)
                .companyAnswer('G', random.nextBoolean() ? "Yes" : "No", null)
                .companyAnswer('H', "No", null);

        if (supplier.productLevel() && defect != Defect.PRODUCTS_MISSING) {
            int products = 1 + random.nextInt(4);
            for (int p = 0; p < products; p++) {
                cmrt.product("MD-" + (4700 + supplier.index() * 10 + p), "Transmission part " + (char) ('A' + p) + " for Meridian", null);
            }
        }
        return cmrt.toBytes();
    }

    private static String countryName(KnownSmelter smelter) {
        return Countries.byCode(smelter.countryCode()).map(Country::name).map(n -> n.toUpperCase(java.util.Locale.ROOT)).orElse(null);
    }
}
