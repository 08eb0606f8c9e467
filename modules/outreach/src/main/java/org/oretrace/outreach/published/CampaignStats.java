package org.oretrace.outreach.published;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The response figures of a campaign, as the dashboard shows them and the filing reports them
 * ("we received responses from approximately 75% of the 77 suppliers").
 *
 * @param solicited      suppliers asked (out-of-scope suppliers excluded, unreachable ones included)
 * @param responded      suppliers that returned a CMRT (accepted or needing follow-up)
 * @param responseRate   responded / solicited in percent, one decimal; 0 when nobody was solicited
 * @param byStatus       request status name → count, in the order of {@code RequestState}
 * @param byCategory     category name → figures
 * @param responsesOverTime cumulative responses per day with at least one response
 */
public record CampaignStats(int reportingYear, LocalDate dueDate, String campaignStatus, int solicited, int responded,
                           double responseRate, String summary, int outOfScope, Map<String, Long> byStatus,
                           Map<String, CategoryFigures> byCategory, List<DailyResponses> responsesOverTime,
                           List<Overdue> overdue) {

    public record CategoryFigures(int solicited, int responded, double responseRate) {
    }

    public record DailyResponses(LocalDate day, int responses, int cumulative) {
    }

    public record Overdue(Long supplierId, String supplierNumber, String supplierName, String category, String status,
                          int daysOverdue, int remindersSent, String owner) {
    }

    /** responded / solicited in percent, one decimal; 0 when nobody was solicited. */
    public static double rate(int responded, int solicited) {
        return solicited == 0 ? 0.0 : Math.round(responded * 1000.0 / solicited) / 10.0;
    }

    /** "58 of 77, 75%" */
    public static String summary(int responded, int solicited) {
        return responded + " of " + solicited + ", " + (solicited == 0 ? 0 : Math.round(responded * 100.0 / solicited)) + "%";
    }
}
