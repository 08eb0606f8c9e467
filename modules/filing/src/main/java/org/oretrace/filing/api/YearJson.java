package org.oretrace.filing.api;

import org.oretrace.filing.application.YearRow;
import org.oretrace.kernel.Metal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One year of {@code GET /api/filings/years}. A figure the year's facts do not hold is null.
 *
 * @param status FINAL (the newest final version's frozen figures) or DRAFT (computed from today's data)
 * @param smeltersPerMetal smelters identified per metal, keyed by the metal's name ("Gold")
 */
public record YearJson(int reportingYear, int version, String status, boolean draft, LocalDate asOf,
                       Long suppliersSolicited, Long suppliersResponded, Long responseRatePercent,
                       Long declarationsAccepted, Long smeltersIdentified, Map<String, Long> smeltersPerMetal,
                       Long smeltersConformant, Long smeltersActive, Long smeltersNotConformant, Long smeltersRmapUnknown,
                       Long conformantSharePercent,
                       Long smeltersInCoveredCountries, Long sanctionedSmelters, Long suppliersCoveredCountrySourcing) {

    static YearJson of(YearRow r) {
        Map<String, Long> perMetal = new LinkedHashMap<>();
        r.smeltersPerMetal().forEach((Metal m, Long n) -> perMetal.put(m.displayName(), n));
        return new YearJson(r.reportingYear(), r.version(), r.status().name(), r.isDraft(), r.asOf(),
                r.suppliersSolicited(), r.suppliersResponded(), r.responseRatePercent(), r.declarationsAccepted(),
                r.smeltersIdentified(), perMetal, r.smeltersConformant(), r.smeltersActive(), r.smeltersNotConformant(), r.smeltersRmapUnknown(),
                r.conformantSharePercent(), r.smeltersInCoveredCountries(), r.sanctionedSmelters(),
                r.suppliersCoveredCountrySourcing());
    }
}
