package org.oretrace.filing.application;

import org.oretrace.filing.domain.Fact;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.FilingFacts;
import org.oretrace.filing.domain.FilingStatus;
import org.oretrace.kernel.Metal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One reporting year as the comparison shows it: the figures of the year's newest final version, or of its draft.
 * A figure is null when the facts do not hold it (a snapshot frozen before that fact existed), so a missing
 * number shows as a gap, never as a zero nobody stated.
 *
 * @param version the version whose figures these are
 * @param asOf the date whose RMAP statuses count
 */
public record YearRow(int reportingYear, int version, FilingStatus status, LocalDate asOf,
                      Long suppliersSolicited, Long suppliersResponded, Long responseRatePercent,
                      Long declarationsAccepted, Long smeltersIdentified, Map<Metal, Long> smeltersPerMetal,
                      Long smeltersConformant, Long smeltersActive, Long smeltersNotConformant, Long smeltersRmapUnknown,
                      Long conformantSharePercent,
                      Long smeltersInCoveredCountries, Long sanctionedSmelters, Long suppliersCoveredCountrySourcing) implements java.io.Serializable {

    public YearRow {
        smeltersPerMetal = Collections.unmodifiableMap(new LinkedHashMap<>(smeltersPerMetal));
    }

    /** @param facts the facts of exactly this version: its snapshot when final, computed when a draft */
    public static YearRow of(Filing filing, FilingFacts facts) {
        Map<Metal, Long> perMetal = new LinkedHashMap<>();
        for (Metal metal : Metal.values()) {
            if (metal.isConflictMineral()) {
                perMetal.put(metal, value(facts, FilingFacts.perMetal("smelters", metal)));
            }
        }
        Long identified = value(facts, FilingFacts.SMELTERS_IDENTIFIED);
        Long conformant = value(facts, FilingFacts.SMELTERS_CONFORMANT);
        // the only figure not stated in the facts: derived from two that are, so it moves with them and nothing else
        Long share = identified == null || conformant == null ? null : Consolidation.percent(conformant, identified);
        return new YearRow(filing.getYear(), filing.getVersion(), filing.getStatus(), facts.asOf(),
                value(facts, FilingFacts.SUPPLIERS_SOLICITED), value(facts, FilingFacts.SUPPLIERS_RESPONDED),
                value(facts, FilingFacts.RESPONSE_RATE_PERCENT), value(facts, FilingFacts.DECLARATIONS_ACCEPTED),
                identified, perMetal, conformant, value(facts, FilingFacts.SMELTERS_ACTIVE),
                value(facts, FilingFacts.SMELTERS_NOT_CONFORMANT), value(facts, FilingFacts.SMELTERS_RMAP_UNKNOWN), share, value(facts, FilingFacts.SMELTERS_COVERED),
                value(facts, FilingFacts.SMELTERS_SANCTIONED), value(facts, FilingFacts.SUPPLIERS_COVERED_SOURCING));
    }

    private static Long value(FilingFacts facts, String key) {
        return facts.fact(key).map(Fact::value).orElse(null);
    }

    /** For screens: smelters of one metal, by the metal's constant name ("GOLD"). */
    public Long smelters(String metal) {
        return smeltersPerMetal.get(Metal.valueOf(metal));
    }

    public boolean isDraft() {
        return status == FilingStatus.DRAFT;
    }

    /** "final v2", or "draft" (its figures move with the data until it is finalized). */
    public String statusLabel() {
        return isDraft() ? "draft" : "final v" + version;
    }

    /** The chart's label for the year: a draft's figures are provisional, and the axis says so. */
    public String chartLabel() {
        return isDraft() ? reportingYear + " (draft)" : Integer.toString(reportingYear);
    }
}
