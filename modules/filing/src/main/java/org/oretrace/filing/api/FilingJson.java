package org.oretrace.filing.api;

import org.oretrace.filing.application.PreflightItem;
import org.oretrace.filing.application.PreflightJson;
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

    /**
     * @param overrideReason   why an ADMIN finalized despite blocking pre-flight items (null when none were open)
     * @param overriddenItems  those items as the pre-flight stated them at finalization
     * @param program          the company's program fields the report text names (null when not written)
     */
    public record FilingSummary(int reportingYear, int version, String status, LocalDate periodStart, LocalDate periodEnd,
                                LocalDate dueDate, Instant finalizedAt, String finalizedBy, String overrideReason,
                                List<PreflightItemJson> overriddenItems, ProgramJson program) {
        static FilingSummary of(Filing f) {
            return new FilingSummary(f.getYear(), f.getVersion(), f.getStatus().name(), f.getPeriodStart(), f.getPeriodEnd(),
                    f.getReportingYear().filingDueDate(), f.getFinalizedAt(), f.getFinalizedBy(), f.getOverrideReason(),
                    PreflightJson.read(f.getOverriddenItems()).stream().map(PreflightItemJson::of).toList(),
                    ProgramJson.of(f.getNarrative()));
        }
    }

    public record PreflightItemJson(String code, String severity, long count, String message, String link) {
        static PreflightItemJson of(PreflightItem i) {
            return new PreflightItemJson(i.code(), i.severity().name(), i.count(), i.message(), i.link());
        }
    }

    /** @param blocking how many items refuse finalization; {@code ready} when none */
    public record PreflightJsonBody(int reportingYear, boolean ready, long blocking, long warnings, List<PreflightItemJson> items) {
        static PreflightJsonBody of(int year, List<PreflightItem> items) {
            long blocking = items.stream().filter(PreflightItem::isBlocking).count();
            return new PreflightJsonBody(year, blocking == 0, blocking, items.size() - blocking,
                    items.stream().map(PreflightItemJson::of).toList());
        }
    }

    /** The 409 answer of a refused finalization: the common error fields and the blocking items. */
    public record FinalizeBlocked(int status, String error, String message, List<PreflightItemJson> items) {
    }

    /** {@code {"override": true, "reason": "..."}}: an ADMIN finalizes despite blocking items; absent body: no override. */
    public record FinalizeRequest(Boolean override, String reason) {

        /** The body is optional (a plain finalize sends none), so it is read here rather than by the JSON provider. */
        static FinalizeRequest parse(String body) {
            if (body == null || body.isBlank()) {
                return null;
            }
            if (body.length() > 10_000) {
                throw new jakarta.ws.rs.BadRequestException("The request body is limited to 10,000 characters");
            }
            try (jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create()) {
                return jsonb.fromJson(body, FinalizeRequest.class);
            } catch (jakarta.json.bind.JsonbException e) {
                throw new jakarta.ws.rs.BadRequestException("Send {\"override\": true, \"reason\": \"...\"} or no body");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Report text sections as templates with {placeholders}; an absent section is left as it is.
     *
     * @param program the company's program fields the text names; absent fields stay as they are, "" clears one
     */
    public record NarrativeJson(String overview, String rcoi, String dueDiligence, String results, String futureMeasures,
                                ProgramJson program) {
    }

    /** The company's program fields ({annualReportReference}, {scopeReason}, {policy}, {team}, ...), as the API reads and writes them. */
    public record ProgramJson(String annualReportReference, String scopeReason, String policy, String team,
                              String grievanceMechanism, String recordsRetention) {

        public static ProgramJson of(org.oretrace.filing.domain.Narrative n) {
            return new ProgramJson(n.get(org.oretrace.filing.domain.Narrative.Field.ANNUAL_REPORT),
                    n.get(org.oretrace.filing.domain.Narrative.Field.SCOPE), n.get(org.oretrace.filing.domain.Narrative.Field.POLICY),
                    n.get(org.oretrace.filing.domain.Narrative.Field.TEAM), n.get(org.oretrace.filing.domain.Narrative.Field.GRIEVANCE),
                    n.get(org.oretrace.filing.domain.Narrative.Field.RECORDS));
        }

        /** Each field sent, by the field it sets (absent ones are not in the map). */
        public java.util.Map<org.oretrace.filing.domain.Narrative.Field, String> sent() {
            java.util.Map<org.oretrace.filing.domain.Narrative.Field, String> map =
                    new java.util.EnumMap<>(org.oretrace.filing.domain.Narrative.Field.class);
            put(map, org.oretrace.filing.domain.Narrative.Field.ANNUAL_REPORT, annualReportReference);
            put(map, org.oretrace.filing.domain.Narrative.Field.SCOPE, scopeReason);
            put(map, org.oretrace.filing.domain.Narrative.Field.POLICY, policy);
            put(map, org.oretrace.filing.domain.Narrative.Field.TEAM, team);
            put(map, org.oretrace.filing.domain.Narrative.Field.GRIEVANCE, grievanceMechanism);
            put(map, org.oretrace.filing.domain.Narrative.Field.RECORDS, recordsRetention);
            return map;
        }

        private static void put(java.util.Map<org.oretrace.filing.domain.Narrative.Field, String> map,
                                org.oretrace.filing.domain.Narrative.Field field, String value) {
            if (value != null) {
                map.put(field, value);
            }
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
