package org.oretrace.filing.api;

import org.oretrace.filing.domain.AnnexA;
import org.oretrace.filing.domain.Fact;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.FilingFacts;
import org.oretrace.filing.infrastructure.EdgarHtmlChecker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** JSON shapes of the filing API. */
public final class FilingJson {

    private FilingJson() {
    }

    public record FilingSummary(int reportingYear, int version, String status, LocalDate periodStart, LocalDate periodEnd,
                                LocalDate dueDate, Instant finalizedAt, String finalizedBy) {
        static FilingSummary of(Filing f) {
            return new FilingSummary(f.getYear(), f.getVersion(), f.getStatus().name(), f.getPeriodStart(), f.getPeriodEnd(),
                    f.getReportingYear().filingDueDate(), f.getFinalizedAt(), f.getFinalizedBy());
        }
    }

    public record FactJson(String key, String label, long value, String link) {
        static FactJson of(Fact f) {
            return new FactJson(f.key(), f.label(), f.value(), f.link());
        }
    }

    /**
     * @param frozen    true when the facts are those of a finalized filing
     * @param connected false while no supplier and smelter data are connected (all figures are then zero)
     * @param rmapSources the RMAP lists and tables the statuses come from (label and as-of date), with how many smelters each
     * @param rmapSourcesText the same as the report text states it ({rmapSources})
     */
    public record FactsJson(int reportingYear, LocalDate asOf, boolean frozen, boolean connected, List<FactJson> facts,
                            List<String> sanctionedSmelters, List<FilingFacts.RmapSource> rmapSources, String rmapSourcesText) {
        static FactsJson of(FilingFacts facts, boolean frozen, boolean connected) {
            return new FactsJson(facts.reportingYear(), facts.asOf(), frozen, connected,
                    facts.facts().stream().map(FactJson::of).toList(), facts.sanctionedSmelters(), facts.rmapSources(),
                    facts.rmapSourcesText());
        }
    }

    public record AnnexRow(String metal, String smelterId, String name, String country, String rmapStatus,
                           boolean sanctioned, boolean coveredCountry, int supplierCount) {
        static AnnexRow of(AnnexA.Row r) {
            return new AnnexRow(r.metal().displayName(), r.smelterId(), r.name(), r.country(), r.rmapStatus(),
                    r.sanctioned(), r.coveredCountry(), r.supplierCount());
        }
    }

    public record Violation(int line, int column, String rule, String message) {
        static Violation of(EdgarHtmlChecker.Violation v) {
            return new Violation(v.line(), v.column(), v.rule(), v.message());
        }
    }

    /** The cover page as sent by a client; absent fields are cleared. */
    public record RegistrantJson(String name, String stateOfIncorporation, String commissionFileNumber, String address,
                                 String contactName, String contactPhone, String signerName, String signerTitle,
                                 String website) {
        org.oretrace.filing.domain.Registrant toRegistrant() {
            org.oretrace.filing.domain.Registrant r = new org.oretrace.filing.domain.Registrant();
            r.setName(name);
            r.setStateOfIncorporation(stateOfIncorporation);
            r.setCommissionFileNumber(commissionFileNumber);
            r.setAddress(address);
            r.setContactName(contactName);
            r.setContactPhone(contactPhone);
            r.setSignerName(signerName);
            r.setSignerTitle(signerTitle);
            r.setWebsite(website);
            return r;
        }
    }

    public record EdgarCheck(String fileName, boolean passed, List<Violation> violations) {
    }
}
