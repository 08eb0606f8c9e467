package org.oretrace.outreach.application;

import org.oretrace.outreach.published.CampaignCommunications;
import org.oretrace.outreach.published.CampaignFigures;
import org.oretrace.outreach.published.CampaignStats;
import jakarta.enterprise.context.ApplicationScoped;
import org.oretrace.kernel.persistence.DataStamp;
import org.oretrace.kernel.persistence.StampedCache;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.ContactChannel;
import org.oretrace.outreach.domain.MailKind;
import org.oretrace.outreach.domain.OutboxState;
import org.oretrace.outreach.domain.RequestState;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.SupplierStatus;
import org.oretrace.outreach.domain.SurveyRequest;
import org.oretrace.outreach.infrastructure.SupplierStatusWorkbook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Response figures of a campaign, in all and per template asked (a supplier asked for the CMRT and the EMRT that
 * returned one is PARTIAL); the filing module reads them through {@link #find(int)} and reports the CMRT's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CampaignStatistics implements CampaignFigures {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    ApplicationClock clock;

    /** The figures of the year's campaign; throws NoSuchElementException when there is none. */
    public CampaignStats forYear(int year) {
        return find(year).orElseThrow(() -> new NoSuchElementException("No campaign for reporting year " + year));
    }

    /**
     * Requests without a response and without a recorded outcome (unreachable). A PARTIAL request counts when the CMRT,
     * which the filing reports on, is the template still missing (or the request did not ask for the CMRT).
     */
    @Override
    public int requestsWithoutOutcome(int year) {
        int withoutOutcome = 0;
        Optional<CampaignStats> stats = find(year);
        if (stats.isPresent()) {
            for (Map.Entry<String, Long> e : stats.get().byStatus().entrySet()) {
                RequestState state = RequestState.valueOf(e.getKey());
                if (!state.hasAnswer() && state != RequestState.UNREACHABLE) {
                    withoutOutcome += e.getValue().intValue();
                }
            }
            if (stats.get().partial() > 0) {
                withoutOutcome += em.createQuery("select count(r) from SurveyRequest r join r.supplier s"
                                + " where r.campaign.reportingYear = :y and r.state = :partial and s.status <> :outOfScope"
                                + " and (r.cmrtAnswer is null or r.asksCmrt = false)", Long.class)
                        .setParameter("y", year).setParameter("partial", RequestState.PARTIAL)
                        .setParameter("outOfScope", SupplierStatus.OUT_OF_SCOPE).getSingleResult().intValue();
            }
        }
        return withoutOutcome;
    }

    @Override
    public Optional<CampaignStats> find(int year) {
        Optional<Campaign> campaign = em.createQuery("select c from Campaign c where c.reportingYear = :y", Campaign.class)
                .setParameter("y", year).getResultStream().findFirst();
        LocalDate today = clock.today();
        ZoneId zone = clock.zone();
        // the campaign's version is in the key: a campaign changed between reading it and reading the stamp is
        // another key, so figures computed from the old row are never served for the new one
        return campaign.map(c -> kept.get(new FiguresKey(c.getId(), c.getVersion(), today, zone), this::figuresStamp,
                () -> aggregate(c, today, zone)));
    }

    /**
     * Figures kept between requests while outreach's tables behind them are unchanged (issue 18: on a campaign of
     * 10,000 suppliers the five aggregate queries were a third of the home page's time under load). Keyed by the day
     * and zone too: what is overdue depends on them.
     */
    private final StampedCache<FiguresKey, CampaignStats> kept = new StampedCache<>(100);

    private record FiguresKey(long campaignId, long campaignVersion, LocalDate today, ZoneId zone) {
    }

    /** The tables {@link #aggregate} reads; kernel DataStamp (null on H2, where nothing is kept). */
    private String figuresStamp() {
        return DataStamp.of(em, "supplier", "supplier_category", "campaign", "survey_request");
    }

    /**
     * The mails sent for the year's campaign per kind (only those delivered: a queued or failed mail reached nobody) and
     * the contacts people logged per channel; counted by the database. Empty maps when the year has no campaign.
     */
    @Override
    public CampaignCommunications communications(int year) {
        Map<String, Long> mails = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select m.kind, count(m) from OutboxMessage m, SurveyRequest r where m.requestId = r.id"
                        + " and r.campaign.reportingYear = :y and m.state = :sent group by m.kind", Object[].class)
                .setParameter("y", year).setParameter("sent", OutboxState.SENT).getResultList()) {
            mails.put(((MailKind) row[0]).name(), (Long) row[1]);
        }
        Map<String, Long> contacts = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select e.channel, count(e) from ContactLogEntry e where e.request.campaign.reportingYear = :y"
                        + " and e.channel in :manual group by e.channel", Object[].class)
                .setParameter("y", year).setParameter("manual", ContactChannel.manual()).getResultList()) {
            contacts.put(((ContactChannel) row[0]).name(), (Long) row[1]);
        }
        return new CampaignCommunications(mails, contacts);
    }

    /**
     * Suppliers the year's campaign solicited (out-of-scope ones excluded) whose contract holds the conflict minerals
     * clause on {@code asOf}: marked, and dated on or before that day when a date is recorded. The filing's due
     * diligence text states it (OECD step 1); 0 when the year has no campaign.
     */
    public long suppliersWithContractClause(int year, LocalDate asOf) {
        return em.createQuery("select count(distinct s.id) from SurveyRequest r join r.supplier s where r.campaign.reportingYear = :y"
                        + " and s.status <> :outOfScope and s.contractClause = true"
                        + " and (s.contractClauseDate is null or s.contractClauseDate <= :asOf)", Long.class)
                .setParameter("y", year).setParameter("outOfScope", SupplierStatus.OUT_OF_SCOPE)
                .setParameter("asOf", asOf).getSingleResult();
    }

    /**
     * The figures counted by the database: a campaign of 12,000 suppliers must not be loaded as
     * entities each time the dashboard or the filing asks. Only the overdue list (which has a row per
     * supplier anyway) is read row by row, and only once the due date has passed.
     */
    CampaignStats aggregate(Campaign campaign, LocalDate today, ZoneId zone) {
        Tally tally = new Tally();
        List<Object[]> groups = em.createQuery("select r.state, s.status, c.name, r.cmrtAnswer, count(r) from SurveyRequest r"
                        + " join r.supplier s left join s.category c where r.campaign = :campaign"
                        + " group by r.state, s.status, c.name, r.cmrtAnswer", Object[].class)
                .setParameter("campaign", campaign).getResultList();
        for (Object[] group : groups) {
            tally.requests((RequestState) group[0], (SupplierStatus) group[1], (String) group[2], group[3] != null,
                    ((Number) group[4]).intValue());
        }
        List<Object[]> responses = em.createQuery("select r.respondedAt, count(r) from SurveyRequest r join r.supplier s"
                        + " where r.campaign = :campaign and r.state in :responses and s.status <> :outOfScope"
                        + " and r.respondedAt is not null group by r.respondedAt", Object[].class)
                .setParameter("campaign", campaign).setParameter("responses", RESPONSES)
                .setParameter("outOfScope", SupplierStatus.OUT_OF_SCOPE).getResultList();
        for (Object[] response : responses) {
            tally.responded((Instant) response[0], zone, ((Number) response[1]).intValue());
        }
        for (RmiTemplate template : Campaign.ASKABLE) {
            // per template: who was asked for it and who sent that file back, whatever they did with the other (the
            // field names are constants)
            String asks = template == RmiTemplate.CMRT ? "r.asksCmrt = true" : "r.asksEmrt = true";
            String answer = template == RmiTemplate.CMRT ? "cmrtAnswer" : "emrtAnswer";
            String answeredAt = template == RmiTemplate.CMRT ? "cmrtAnsweredAt" : "emrtAnsweredAt";
            List<Object[]> counts = em.createQuery("select count(r), count(r." + answer + ") from SurveyRequest r join r.supplier s"
                            + " where r.campaign = :campaign and s.status <> :outOfScope and " + asks, Object[].class)
                    .setParameter("campaign", campaign).setParameter("outOfScope", SupplierStatus.OUT_OF_SCOPE).getResultList();
            tally.templateSolicited(template, ((Number) counts.get(0)[0]).intValue());
            tally.templateAnswers(template, ((Number) counts.get(0)[1]).intValue());
            for (Object[] day : em.createQuery("select r." + answeredAt + ", count(r) from SurveyRequest r join r.supplier s"
                            + " where r.campaign = :campaign and s.status <> :outOfScope and " + asks + " and r." + answeredAt
                            + " is not null group by r." + answeredAt, Object[].class)
                    .setParameter("campaign", campaign).setParameter("outOfScope", SupplierStatus.OUT_OF_SCOPE).getResultList()) {
                tally.templateAnswered(template, (Instant) day[0], zone, ((Number) day[1]).intValue());
            }
        }
        if (today.isAfter(campaign.getDueDate())) {
            // an unreachable supplier's request counts as unreachable, which is never overdue
            List<Object[]> overdue = em.createQuery("select s.id, s.supplierNumber, s.name, c.name, r.state, r.remindersSent,"
                            + " s.ownerName from SurveyRequest r join r.supplier s left join s.category c"
                            + " where r.campaign = :campaign and r.state in :overdue and s.status = :active order by s.id",
                            Object[].class)
                    .setParameter("campaign", campaign).setParameter("overdue", CAN_BE_OVERDUE)
                    .setParameter("active", SupplierStatus.ACTIVE).getResultList();
            int days = (int) ChronoUnit.DAYS.between(campaign.getDueDate(), today);
            for (Object[] o : overdue) {
                tally.overdue.add(new CampaignStats.Overdue((Long) o[0], (String) o[1], (String) o[2], (String) o[3],
                        ((RequestState) o[4]).label(), days, (Integer) o[5], (String) o[6]));
            }
        }
        return tally.stats(campaign);
    }

    private static final List<RequestState> RESPONSES = Arrays.stream(RequestState.values())
            .filter(RequestState::isResponse).toList();

    /** Open or not yet sent, and not a response: what {@link SurveyRequest#isOverdue} can be true for. */
    private static final List<RequestState> CAN_BE_OVERDUE = Arrays.stream(RequestState.values())
            .filter(s -> (s.isOpen() || s == RequestState.NOT_SENT) && !s.isResponse() && s != RequestState.UNREACHABLE)
            .toList();

    /** The status a request counts under: an unreachable supplier's open request counts as unreachable. */
    public static RequestState effectiveState(SurveyRequest request) {
        return effectiveState(request.getState(), request.getSupplier().getStatus());
    }

    static RequestState effectiveState(RequestState state, SupplierStatus supplierStatus) {
        // something came back (a response, or one template of two): the supplier was reachable for it
        return supplierStatus == SupplierStatus.UNREACHABLE && !state.hasAnswer() ? RequestState.UNREACHABLE : state;
    }

    /**
     * The same figures from requests already in memory, one by one; the aggregate queries must agree
     * with it (the persistence test and the benchmark compare both).
     */
    public static CampaignStats compute(Campaign campaign, List<SurveyRequest> requests, LocalDate today, ZoneId zone) {
        Tally tally = new Tally();
        for (SurveyRequest request : requests) {
            Supplier supplier = request.getSupplier();
            tally.requests(request.getState(), supplier.getStatus(), supplier.getCategoryName(),
                    request.answerOf(RmiTemplate.CMRT) != null, 1);
            if (supplier.getStatus() == SupplierStatus.OUT_OF_SCOPE) {
                continue;
            }
            for (RmiTemplate template : request.getTemplates()) {
                tally.templateSolicited(template, 1);
                if (request.answerOf(template) != null) {
                    tally.templateAnswers(template, 1);
                }
                if (request.answeredAt(template) != null) {
                    tally.templateAnswered(template, request.answeredAt(template), zone, 1);
                }
            }
            RequestState state = effectiveState(request);
            if (state.isResponse()) {
                if (request.getRespondedAt() != null) {
                    tally.responded(request.getRespondedAt(), zone, 1);
                }
            } else if (state != RequestState.UNREACHABLE && supplier.getStatus() == SupplierStatus.ACTIVE
                    && request.isOverdue(today)) {
                // an unreachable supplier that sent one template of two is PARTIAL, but not chased: never overdue
                tally.overdue.add(new CampaignStats.Overdue(supplier.getId(), supplier.getSupplierNumber(), supplier.getName(),
                        supplier.getCategoryName(), state.label(), (int) ChronoUnit.DAYS.between(campaign.getDueDate(), today),
                        request.getRemindersSent(), supplier.getOwnerName()));
            }
        }
        return tally.stats(campaign);
    }

    /** Adds up requests, singly or by the group; both ways of counting end here so they cannot drift apart. */
    private static final class Tally {
        private final Map<String, Long> byStatus = new LinkedHashMap<>();
        private final Map<String, int[]> byCategory = new TreeMap<>();
        private final TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        private final List<CampaignStats.Overdue> overdue = new ArrayList<>();
        private final Map<RmiTemplate, Integer> templateSolicited = new EnumMap<>(RmiTemplate.class);
        private final Map<RmiTemplate, Integer> templateAnswers = new EnumMap<>(RmiTemplate.class);
        private final Map<RmiTemplate, TreeMap<LocalDate, Integer>> templatePerDay = new EnumMap<>(RmiTemplate.class);
        private int solicited;
        private int responded;
        private int outOfScope;

        Tally() {
            for (RequestState state : RequestState.values()) {
                byStatus.put(state.name(), 0L);
            }
        }

        void requests(RequestState state, SupplierStatus supplierStatus, String category, boolean cmrtBack, int count) {
            if (supplierStatus == SupplierStatus.OUT_OF_SCOPE) {
                outOfScope += count;
                return;
            }
            RequestState effective = effectiveState(state, supplierStatus);
            solicited += count;
            byStatus.merge(effective.name(), (long) count, Long::sum);
            int[] figures = byCategory.computeIfAbsent(category == null ? "(none)" : category, k -> new int[3]);
            figures[0] += count;
            if (cmrtBack) {
                figures[2] += count;
            }
            if (effective.isResponse()) {
                responded += count;
                figures[1] += count;
            }
        }

        void responded(Instant at, ZoneId zone, int count) {
            perDay.merge(LocalDate.ofInstant(at, zone), count, Integer::sum);
        }

        void templateSolicited(RmiTemplate template, int count) {
            templateSolicited.merge(template, count, Integer::sum);
        }

        void templateAnswers(RmiTemplate template, int count) {
            templateAnswers.merge(template, count, Integer::sum);
        }

        void templateAnswered(RmiTemplate template, Instant at, ZoneId zone, int count) {
            templatePerDay.computeIfAbsent(template, t -> new TreeMap<>()).merge(LocalDate.ofInstant(at, zone), count, Integer::sum);
        }

        private static List<CampaignStats.DailyResponses> cumulative(Map<LocalDate, Integer> perDay) {
            List<CampaignStats.DailyResponses> overTime = new ArrayList<>();
            int cumulative = 0;
            for (Map.Entry<LocalDate, Integer> day : perDay.entrySet()) {
                cumulative += day.getValue();
                overTime.add(new CampaignStats.DailyResponses(day.getKey(), day.getValue(), cumulative));
            }
            return overTime;
        }

        CampaignStats stats(Campaign campaign) {
            Map<String, CampaignStats.CategoryFigures> categories = new LinkedHashMap<>();
            byCategory.forEach((name, counts) -> categories.put(name,
                    new CampaignStats.CategoryFigures(counts[0], counts[1], CampaignStats.rate(counts[1], counts[0]), counts[2])));
            Map<String, CampaignStats.TemplateFigures> byTemplate = new LinkedHashMap<>();
            for (RmiTemplate template : Campaign.ASKABLE) {
                // the campaign's templates, and one only some suppliers were asked for
                int asked = templateSolicited.getOrDefault(template, 0);
                if (!campaign.asks(template) && asked == 0) {
                    continue;
                }
                int answered = templateAnswers.getOrDefault(template, 0);
                byTemplate.put(template.name(), new CampaignStats.TemplateFigures(template.name(), campaign.versionOf(template),
                        asked, answered, CampaignStats.rate(answered, asked), CampaignStats.summary(answered, asked),
                        cumulative(templatePerDay.getOrDefault(template, new TreeMap<>()))));
            }
            overdue.sort(Comparator.comparing(CampaignStats.Overdue::supplierName));
            return new CampaignStats(campaign.getReportingYear(), campaign.getDueDate(), campaign.getStatus().name(), solicited,
                    responded, CampaignStats.rate(responded, solicited), CampaignStats.summary(responded, solicited), outOfScope,
                    byStatus, categories, cumulative(perDay), overdue, byStatus.get(RequestState.PARTIAL.name()).intValue(),
                    byTemplate);
        }
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
                    s.isContractClause(), r.templatesBack());
        }).toList();
        return SupplierStatusWorkbook.write(year, stats.summary(), rows);
    }

    /** Outreach's tables behind the figures it publishes (suppliers, campaigns, requests, mails, logged contacts). */
    @Override
    public String dataStamp() {
        return DataStamp.of(em, "supplier", "supplier_category", "campaign",
                "campaign_category", "survey_request", "outbox_message", "contact_log");
    }
}
