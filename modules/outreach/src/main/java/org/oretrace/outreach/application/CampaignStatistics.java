package org.oretrace.outreach.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.RequestState;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.SupplierStatus;
import org.oretrace.outreach.domain.SurveyRequest;
import org.oretrace.outreach.infrastructure.SupplierStatusWorkbook;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;

/** Response figures of a campaign; the filing module reads them through {@link #forYear(int)}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CampaignStatistics {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    ApplicationClock clock;

    /** The figures of the year's campaign; throws NoSuchElementException when there is none. */
    public CampaignStats forYear(int year) {
        return find(year).orElseThrow(() -> new NoSuchElementException("No campaign for reporting year " + year));
    }

    public Optional<CampaignStats> find(int year) {
        Optional<Campaign> campaign = em.createQuery("select c from Campaign c where c.reportingYear = :y", Campaign.class)
                .setParameter("y", year).getResultStream().findFirst();
        if (campaign.isEmpty()) {
            return Optional.empty();
        }
        List<SurveyRequest> requests = em.createQuery("select r from SurveyRequest r join fetch r.supplier s"
                + " left join fetch s.category where r.campaign = :c", SurveyRequest.class)
                .setParameter("c", campaign.get()).getResultList();
        return Optional.of(compute(campaign.get(), requests, clock.today(), clock.zone()));
    }

    /** The status a request counts under: an unreachable supplier's open request counts as unreachable. */
    public static RequestState effectiveState(SurveyRequest request) {
        return request.getSupplier().getStatus() == SupplierStatus.UNREACHABLE && !request.getState().isResponse()
                ? RequestState.UNREACHABLE : request.getState();
    }

    static CampaignStats compute(Campaign campaign, List<SurveyRequest> requests, LocalDate today, java.time.ZoneId zone) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (RequestState state : RequestState.values()) {
            byStatus.put(state.name(), 0L);
        }
        Map<String, int[]> byCategory = new TreeMap<>();
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        List<CampaignStats.Overdue> overdue = new ArrayList<>();
        int solicited = 0;
        int responded = 0;
        int outOfScope = 0;
        for (SurveyRequest request : requests) {
            Supplier supplier = request.getSupplier();
            if (supplier.getStatus() == SupplierStatus.OUT_OF_SCOPE) {
                outOfScope++;
                continue;
            }
            RequestState state = effectiveState(request);
            solicited++;
            byStatus.merge(state.name(), 1L, Long::sum);
            int[] category = byCategory.computeIfAbsent(supplier.getCategoryName() == null ? "(none)" : supplier.getCategoryName(),
                    k -> new int[2]);
            category[0]++;
            if (state.isResponse()) {
                responded++;
                category[1]++;
                if (request.getRespondedAt() != null) {
                    perDay.merge(LocalDate.ofInstant(request.getRespondedAt(), zone), 1, Integer::sum);
                }
            } else if (state != RequestState.UNREACHABLE && request.isOverdue(today)) {
                overdue.add(new CampaignStats.Overdue(supplier.getId(), supplier.getSupplierNumber(), supplier.getName(),
                        supplier.getCategoryName(), state.label(), (int) ChronoUnit.DAYS.between(campaign.getDueDate(), today),
                        request.getRemindersSent(), supplier.getOwnerName()));
            }
        }
        Map<String, CampaignStats.CategoryFigures> categories = new LinkedHashMap<>();
        byCategory.forEach((name, counts) -> categories.put(name,
                new CampaignStats.CategoryFigures(counts[0], counts[1], CampaignStats.rate(counts[1], counts[0]))));
        List<CampaignStats.DailyResponses> overTime = new ArrayList<>();
        int cumulative = 0;
        for (Map.Entry<LocalDate, Integer> day : perDay.entrySet()) {
            cumulative += day.getValue();
            overTime.add(new CampaignStats.DailyResponses(day.getKey(), day.getValue(), cumulative));
        }
        overdue.sort(Comparator.comparing(CampaignStats.Overdue::supplierName));
        return new CampaignStats(campaign.getReportingYear(), campaign.getDueDate(), campaign.getStatus().name(), solicited,
                responded, CampaignStats.rate(responded, solicited), CampaignStats.summary(responded, solicited), outOfScope,
                byStatus, categories, overTime, overdue);
    }

    /** The supplier status table of the campaign as an Excel workbook. */
    public byte[] statusWorkbook(int year) {
        CampaignStats stats = forYear(year);
        List<SurveyRequest> requests = em.createQuery("select r from SurveyRequest r join fetch r.supplier s"
                + " left join fetch s.category where r.campaign.reportingYear = :y order by s.name", SurveyRequest.class)
                .setParameter("y", year).getResultList();
        List<SupplierStatusWorkbook.StatusRow> rows = requests.stream().map(r -> {
            Supplier s = r.getSupplier();
            return new SupplierStatusWorkbook.StatusRow(s.getSupplierNumber(), s.getName(), s.getCategoryName(), s.getCountry(),
                    s.isInScope(), s.getStatus().label(), effectiveState(r).label(), r.getRequestedOn(), r.getRemindersSent(),
                    r.getEscalatedOn(), r.getRespondedAt() == null ? null : LocalDate.ofInstant(r.getRespondedAt(), clock.zone()),
                    r.getDeclarationId(), s.getOwnerName(), s.primaryContact().map(c -> c.getEmail()).orElse(null),
                    s.isContractClause());
        }).toList();
        return SupplierStatusWorkbook.write(year, stats.summary(), rows);
    }
}
