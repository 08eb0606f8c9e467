package org.oretrace.outreach.application;

import org.oretrace.outreach.published.CampaignStats;
import org.junit.jupiter.api.Test;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.FollowUpPolicy;
import org.oretrace.outreach.domain.RequestState;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.SupplierCategory;
import org.oretrace.outreach.domain.SurveyRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignStatsTest {

    private static final Instant NOW = Instant.parse("2024-01-10T08:00:00Z");

    @Test
    void theSeedFilingsFiguresComeOutAs58Of77() {
        Campaign campaign = new Campaign(ReportingYear.of(2023), LocalDate.of(2024, 3, 31), "6.5", NOW);
        campaign.changePolicy(FollowUpPolicy.standard());
        campaign.launched(NOW, LocalDate.of(2024, 1, 10));
        SupplierCategory ferrous = new SupplierCategory("Ferrous", 1);
        SupplierCategory electrical = new SupplierCategory("Electrical", 2);
        List<SurveyRequest> requests = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            Supplier supplier = new Supplier("S-" + i, "Supplier " + i, NOW);
            supplier.classify(i % 2 == 0 ? ferrous : electrical);
            SurveyRequest request = new SurveyRequest(campaign, supplier);
            request.sent(LocalDate.of(2024, 1, 10));
            if (i < 50) {
                request.responded((long) i, Instant.parse("2024-02-01T10:00:00Z").plusSeconds(86_400L * (i % 3)));
            } else if (i < 58) {
                request.needsFollowUp((long) i, Instant.parse("2024-02-05T10:00:00Z"));
            } else if (i < 61) {
                supplier.markOutOfScope("sells services only");
            } else if (i < 63) {
                supplier.markUnreachable("no answer by phone or mail; company dissolved?");
            }
            requests.add(request);
        }

        CampaignStats stats = CampaignStatistics.compute(campaign, requests, LocalDate.of(2024, 4, 2), ZoneOffset.UTC);

        assertThat(stats.solicited()).isEqualTo(77);
        assertThat(stats.responded()).isEqualTo(58);
        assertThat(stats.summary()).isEqualTo("58 of 77, 75%");
        assertThat(stats.responseRate()).isEqualTo(75.3);
        assertThat(stats.outOfScope()).isEqualTo(3);
        assertThat(stats.byStatus()).containsEntry(RequestState.RESPONDED.name(), 50L)
                .containsEntry(RequestState.NEEDS_FOLLOW_UP.name(), 8L)
                .containsEntry(RequestState.UNREACHABLE.name(), 2L)
                .containsEntry(RequestState.SENT.name(), 17L)
                .containsEntry(RequestState.NOT_SENT.name(), 0L);
        assertThat(stats.byCategory().get("Ferrous").solicited() + stats.byCategory().get("Electrical").solicited()).isEqualTo(77);
        assertThat(stats.responsesOverTime()).extracting(CampaignStats.DailyResponses::cumulative).containsExactly(17, 34, 50, 58);
        assertThat(stats.overdue()).hasSize(17).allSatisfy(o -> assertThat(o.daysOverdue()).isEqualTo(2));
    }
}
