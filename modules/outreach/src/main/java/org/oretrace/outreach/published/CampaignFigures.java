package org.oretrace.outreach.published;

import java.util.Optional;

/**
 * Outreach's figures of a reporting year's campaign, as its own rules count them (a request's effective state: an
 * unreachable supplier's open request counts as unreachable). The filing's facts and pre-flight read these.
 */
public interface CampaignFigures {

    /** The year's campaign figures; empty when the year has no campaign. */
    Optional<CampaignStats> find(int reportingYear);

    /** Mails delivered per kind and contacts people logged per channel for the year's campaign. */
    CampaignCommunications communications(int reportingYear);

    /** Solicited suppliers whose request has neither a response nor a recorded outcome (unreachable). */
    int requestsWithoutOutcome(int reportingYear);

    /** In-scope suppliers of the year's campaign whose contract clause is in force on {@code asOf}. */
    long suppliersWithContractClause(int reportingYear, java.time.LocalDate asOf);

    /**
     * A stamp of the data this module publishes (issue 18): equal stamps mean unchanged data, so a consumer may keep
     * what it computed from it (filing's draft facts); null when the database cannot tell (H2), and then nothing is kept.
     */
    default String dataStamp() {
        return null;
    }
}
