package org.oretrace.outreach.published;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The response figures of a campaign, as the dashboard shows them and the filing reports them
 * ("we received responses from approximately 75% of the 77 suppliers").
 *
 * @param solicited      suppliers asked (out-of-scope suppliers excluded, unreachable ones included)
 * @param responded      suppliers that returned every template asked (accepted or needing follow-up); for a CMRT
 *                       campaign, those that returned the CMRT
 * @param partial        suppliers asked for two templates that returned one (state PARTIAL; not in {@code responded})
 * @param responseRate   responded / solicited in percent, one decimal; 0 when nobody was solicited
 * @param byStatus       request status name → count, in the order of {@code RequestState}
 * @param byCategory     category name → figures
 * @param responsesOverTime cumulative responses per day with at least one response
 * @param byTemplate     per template asked ("CMRT", "EMRT", CMRT first): who was asked for it, who returned it. The
 *                       filing's response rate is the CMRT's ({@link #cmrt()}), whatever else the campaign asked.
 */
public record CampaignStats(int reportingYear, LocalDate dueDate, String campaignStatus, int solicited, int responded,
                           double responseRate, String summary, int outOfScope, Map<String, Long> byStatus,
                           Map<String, CategoryFigures> byCategory, List<DailyResponses> responsesOverTime,
                           List<Overdue> overdue, int partial, Map<String, TemplateFigures> byTemplate) implements java.io.Serializable {

    /** Read-only, order kept: the same figures may be handed to several requests at once (kept between requests). */
    public CampaignStats {
        byStatus = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byStatus));
        byCategory = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byCategory));
        byTemplate = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byTemplate));
        responsesOverTime = List.copyOf(responsesOverTime);
        overdue = List.copyOf(overdue);
    }

    /** The CMRT's figures (the 3TG survey the Form SD reports); all zero when the campaign did not ask for the CMRT. */
    public TemplateFigures cmrt() {
        TemplateFigures cmrt = byTemplate.get("CMRT");
        return cmrt != null ? cmrt : new TemplateFigures("CMRT", null, 0, 0, 0.0, summary(0, 0), List.of());
    }

    /**
     * One template's figures: {@code responded} counts suppliers whose file of that template came back (accepted or
     * needing follow-up), whatever they did with the other template.
     *
     * @param version the version the campaign asks for, e.g. "6.5"
     */
    public record TemplateFigures(String template, String version, int solicited, int responded, double responseRate,
                                  String summary, List<DailyResponses> responsesOverTime) implements java.io.Serializable {
    }

    /** @param cmrtResponded the category's suppliers that returned the CMRT (the filing's count, whatever else was asked) */
    public record CategoryFigures(int solicited, int responded, double responseRate, int cmrtResponded) implements java.io.Serializable {

        /** A CMRT campaign's figures: who responded returned the CMRT. */
        public CategoryFigures(int solicited, int responded, double responseRate) {
            this(solicited, responded, responseRate, responded);
        }
    }

    public record DailyResponses(LocalDate day, int responses, int cumulative) implements java.io.Serializable {
    }

    public record Overdue(Long supplierId, String supplierNumber, String supplierName, String category, String status,
                          int daysOverdue, int remindersSent, String owner) implements java.io.Serializable {
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
