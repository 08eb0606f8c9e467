package org.oretrace.app.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oretrace.app.demo.DemoCompany.DemoSupplier;
import org.oretrace.filing.application.FilingService;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.Registrant;
import org.oretrace.intake.application.DeclarationIntake;
import org.oretrace.intake.application.Declarations;
import org.oretrace.intake.application.Incoming;
import org.oretrace.intake.application.RiskReviews;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.RiskOutcome;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.infrastructure.CmrtWriter;
import org.oretrace.intake.infrastructure.EmrtWriter;
import org.oretrace.kernel.events.SchemaReady;
import org.oretrace.kernel.security.SystemActor;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.application.CampaignSettings;
import org.oretrace.outreach.application.Campaigns;
import org.oretrace.outreach.application.FollowUps;
import org.oretrace.outreach.application.JtaUnitOfWork;
import org.oretrace.outreach.application.MailTransport;
import org.oretrace.outreach.application.OutboxDelivery;
import org.oretrace.outreach.application.OutgoingMail;
import org.oretrace.outreach.application.RetryPolicy;
import org.oretrace.outreach.application.SupplierData;
import org.oretrace.outreach.application.Suppliers;
import org.oretrace.outreach.application.SurveyRequests;
import org.oretrace.outreach.domain.ContactChannel;
import org.oretrace.registry.application.RmapImportRequest;
import org.oretrace.registry.application.RmapImports;
import org.oretrace.registry.application.SanctionsImports;
import org.oretrace.registry.application.SanctionsService;
import org.oretrace.registry.application.ShippedReferenceLists;
import org.oretrace.registry.application.SmelterCatalog;
import org.oretrace.registry.domain.HitStatus;
import org.oretrace.registry.domain.ScreeningHit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.logging.Logger;

/**
 * Loads the demo reporting year into an empty database when {@code oretrace.demo=true}: the suppliers,
 * the 2023 campaign launched in January, every day of follow-up up to the demo's fixed "today" (the
 * policy's reminders and escalations, a few phone calls), the suppliers' CMRTs (and the EMRTs of the few asked for
 * it too, {@link DemoEmrts}) through the real intake path on the days they arrive, and the year's draft filing. Runs after the registry has loaded
 * its reference list.
 */
@ApplicationScoped
public class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());
    static final String ACTOR = "demo";

    @Inject
    @ConfigProperty(name = "oretrace.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    ApplicationClock clock;

    @Inject
    Suppliers suppliers;

    @Inject
    Campaigns campaigns;

    @Inject
    FollowUps followUps;

    @Inject
    SurveyRequests requests;

    @Inject
    DeclarationIntake intake;

    @Inject
    SmelterCatalog catalog;

    @Inject
    Declarations declarationList;

    @Inject
    RiskReviews riskReviews;

    @Inject
    FilingService filings;

    @Inject
    org.oretrace.filing.rollup.application.RollupService rollups;

    @Inject
    SanctionsService sanctions;

    @Inject
    SanctionsImports sanctionsImports;

    /** The day the OFAC list of 3 May 2024 reaches the compliance team in the demo. */
    static final LocalDate SDN_LIST_ARRIVES = LocalDate.of(2024, 5, 6);
    /** The compliance team assesses the red flags of the declarations received so far. */
    static final LocalDate RISK_REVIEW_DAY = LocalDate.of(2024, 4, 12);
    /** Two days after the OFAC list: declarations naming a refiner now on it are escalated. */
    static final LocalDate ESCALATION_DAY = SDN_LIST_ARRIVES.plusDays(2);
    private static final Set<FindingCode> COVERED_ONLY = Set.of(FindingCode.COVERED_COUNTRY_SOURCING,
            FindingCode.COVERED_COUNTRY_SMELTER);

    /**
     * An excerpt of OFAC's SDN list of 3 May 2024 (public data, official sdn.csv format): the two entries
     * that match gold refiners on RMI's list. The product ships no sanctions list; the demo needs these.
     */
    static final String SDN_EXCERPT = """
            32791,"AFRICAN GOLD REFINERY LIMITED",-0- ,"DRCONGO",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Organization Type: Mining of other non-ferrous metal ores; Target Type Private Company; Registration Number 180334 (Uganda)."
            44088,"JOINT STOCK COMPANY URALELEKTROMED",-0- ,"RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Organization Established Date 23 Dec 1992; Tax ID No. 6606003385 (Russia)."
            """;

    @Inject
    RmapImports rmapImports;

    @Inject
    ShippedReferenceLists shippedLists;

    /** The demo's blank EMRT: Oretrace's EMRT 2.1 layout written at run time (the product ships no RMI file). */
    static final String EMRT_BLANK = "RMI_EMRT_2.1_blank.xlsx";

    /**
     * Appendix A of Garrett Motion Inc.'s Conflict Minerals Report (Exhibit 1.01 to Form SD, calendar year 2025, filed
     * 2026; a public SEC filing), shipped as demo data (see PROVENANCE.md beside it). The product ships no RMAP list.
     */
    static final String RMAP_TABLE = "garrett-motion-cy2025-appendix-a.csv";

    /**
     * Its statuses are the filer's for 2025 and the demo's year is 2023: the import is dated the demo's period end, so
     * the demo filing shows a realistic picture, and the label says exactly what the statuses are.
     */
    static final LocalDate RMAP_AS_OF = LocalDate.of(2023, 12, 31);
    static final String RMAP_LABEL = "Statuses as stated by Garrett Motion Inc. for calendar year 2025 (Appendix A of Exhibit 1.01"
            + " to its Form SD filed 2026, a public SEC filing), used in this demo as a stand-in for RMI's lists as of 31 Dec 2023";

    @Inject
    JtaUnitOfWork unitOfWork;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /**
     * The demo's stand-in for an SMTP server: it accepts every mail, so the campaign plays out as with
     * a real one (reminders count from the day a request was sent). Nothing leaves the machine.
     */
    static final class DemoTransport implements MailTransport {
        @Override
        public boolean isConfigured() {
            return true;
        }

        @Override
        public void send(OutgoingMail mail) {
            // delivered to nowhere, on purpose
        }
    }

    void onSchemaReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) SchemaReady ready) {
        if (!enabled) {
            return;
        }
        if (suppliers.count() > 0) {
            if (suppliers.findBySupplierNumber(DemoCompany.suppliers().get(0).number()).isPresent()) {
                // a restart of a demo installation: the demo's "today" holds again
                clock.fixAt(DemoCompany.TODAY.atTime(LocalTime.of(9, 5)).toInstant(ZoneOffset.UTC));
                LOG.info(() -> "Demo data is already loaded; today is " + clock.today());
            } else {
                LOG.warning("Demo data was not loaded: the database already holds suppliers. Start with an empty data "
                        + "directory (oretrace.data-dir) to see the demo.");
            }
            return;
        }
        if (transactions.getTransactionStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
            // each step must commit on its own, as it would day by day in real life
            throw new IllegalStateException("The demo must be loaded outside a transaction");
        }
        long started = System.nanoTime();
        SystemActor.run(ACTOR, this::load);
        LOG.info(() -> "Demo reporting year " + DemoCompany.REPORTING_YEAR + " loaded in "
                + (System.nanoTime() - started) / 1_000_000 + " ms; today is " + clock.today());
    }

    private void load() {
        List<DemoSupplier> cast = DemoCompany.suppliers();
        DemoDeclarations declarations = new DemoDeclarations(catalog.knownSmelters());
        clock.fixAt(DemoCompany.LAUNCH.minusDays(5).atTime(LocalTime.of(9, 0)).toInstant(ZoneOffset.UTC));
        importRmapStatuses();
        // RMI's EMRT 2.1 look-up list as shipped with the registry, labelled with its source and release date
        shippedLists.loadEmrt().ifPresent(log -> LOG.info(() -> "Demo EMRT reference list: " + log.getFileName() + ": "
                + log.summary()));

        Map<Integer, Long> ids = new HashMap<>();
        for (DemoSupplier s : cast) {
            // in scope is the status (ACTIVE); why is kept in the notes for the auditor
            SupplierData data = new SupplierData(s.number(), s.name(), s.category(), null, null, s.country(), s.buyer(),
                    DemoCompany.buyerEmail(s.buyer()), "In scope: direct supplier of " + s.category().toLowerCase() + " components",
                    s.index() % 5 == 0, s.index() % 5 == 0 ? LocalDate.of(2023, 7, 1) : null,
                    List.of(new SupplierData.ContactData(s.contactName(), s.contactEmail(), s.contactPhone(), "en", true)), null);
            ids.put(s.index(), suppliers.save(data).supplier().getId());
        }

        campaigns.create(new CampaignSettings(DemoCompany.REPORTING_YEAR, DemoCompany.DUE, "6.31",
                List.of(DemoCompany.CATEGORIES), "Rachel Moore, Supply Chain Compliance", false, List.of(14, 28, 42), 56, true));
        campaigns.attachBlankCmrt(DemoCompany.REPORTING_YEAR, "RMI_CMRT_6.31_blank.xlsx",
                new CmrtWriter("6.31", "English").toBytes());
        // the blank EMRT 2.1 goes to the suppliers asked for it too (DemoEmrts); our own EMRT is written into it as well
        campaigns.attachBlank(DemoCompany.REPORTING_YEAR, org.oretrace.kernel.cmrt.RmiTemplate.EMRT,
                EMRT_BLANK, new EmrtWriter("2.1", "English").toBytes());

        OutboxDelivery mail = new OutboxDelivery(unitOfWork, new DemoTransport(), clock::now, "demo",
                new RetryPolicy(Duration.ofMinutes(5), 3));
        clock.fixAt(DemoCompany.LAUNCH.atTime(LocalTime.of(9, 0)).toInstant(ZoneOffset.UTC));
        DemoEmrts emrts = new DemoEmrts(cast);
        campaigns.launch(DemoCompany.REPORTING_YEAR, new ArrayList<>(ids.values()),
                emrts.asked().stream().map(s -> ids.get(s.index())).toList());
        deliver(mail);

        for (LocalDate day = DemoCompany.LAUNCH.plusDays(1); !day.isAfter(DemoCompany.TODAY); day = day.plusDays(1)) {
            clock.fixAt(day.atTime(LocalTime.of(9, 0)).toInstant(ZoneOffset.UTC));
            for (DemoSupplier s : cast) {
                if (day.equals(emrts.sendsOn(s))) {
                    // before the CMRT of the same day: the request then holds the CMRT as its declaration
                    var received = intake.store(Incoming.upload(emrts.workbook(s), emrts.fileName(s), Channel.UPLOAD,
                            ids.get(s.index()), DemoCompany.REPORTING_YEAR), ACTOR);
                    intake.read(received.declarationId(), ACTOR);
                }
                if (day.equals(s.respondsOn())) {
                    long supplierId = ids.get(s.index());
                    var received = intake.store(Incoming.upload(declarations.workbook(s), declarations.fileName(s),
                            Channel.UPLOAD, supplierId, DemoCompany.REPORTING_YEAR), ACTOR);
                    intake.read(received.declarationId(), ACTOR);
                }
                if (!s.responds() && day.equals(DemoCompany.DUE.plusDays(3 + s.index() % 10)) && s.index() % 3 == 0) {
                    long supplierId = ids.get(s.index());
                    Long requestId = requests.find(supplierId, DemoCompany.REPORTING_YEAR).map(r -> r.getId()).orElse(null);
                    requests.logContact(supplierId, requestId, ContactChannel.PHONE, day, "Rachel Moore",
                            "Called " + s.contactName() + " about the missing CMRT",
                            s.index() % 2 == 0 ? "Promised to send it within two weeks" : "Left a voicemail");
                }
            }
            if (day.equals(SDN_LIST_ARRIVES)) {
                screenAgainstSdnList();
            }
            if (day.equals(RISK_REVIEW_DAY) || day.equals(ESCALATION_DAY)) {
                // one transaction: the declarations are read (with their findings) and reviewed in it
                boolean escalation = day.equals(ESCALATION_DAY);
                unitOfWork.inNewTransaction(em -> {
                    reviewRisks(escalation);
                    return null;
                });
            }
            FollowUps.Result steps = followUps.runDue();
            LOG.fine(() -> "demo " + clock.today() + ": " + steps);
            deliver(mail);
        }
        startFiling();
        generateOurCmrt();
        generateOurEmrt();
    }

    /**
     * Our own 2023 CMRT, rolled up from the accepted declarations into the campaign's blank CMRT (the demo's blank is
     * Oretrace's CMRT layout, not RMI's file: the product ships no RMI template), as a first draft to review.
     */
    private void generateOurCmrt() {
        rollups.choose(DemoCompany.REPORTING_YEAR, false, null, null, "laura.whitfield@meridian-drivetrain.example",
                "laura.whitfield@meridian-drivetrain.example", "(317) 555-0100",
                "https://www.meridian-drivetrain.example/responsible-minerals-policy");
        rollups.generate(DemoCompany.REPORTING_YEAR);
    }

    /**
     * Our own 2023 EMRT beside our CMRT, with the same addresses and policy: rolled up from the accepted supplier EMRTs
     * (without any, every mineral is "Unknown" with the reason) and generated as a draft into the campaign's blank EMRT
     * (the run-time {@link #EMRT_BLANK}; without a blank the draft's answers would wait on the screen for one).
     */
    private void generateOurEmrt() {
        var emrt = org.oretrace.kernel.cmrt.RmiTemplate.EMRT;
        rollups.choose(DemoCompany.REPORTING_YEAR, emrt, false, null, null, "laura.whitfield@meridian-drivetrain.example",
                "laura.whitfield@meridian-drivetrain.example", "(317) 555-0100",
                "https://www.meridian-drivetrain.example/responsible-minerals-policy");
        if (rollups.blankAvailable(emrt)) {
            rollups.generate(DemoCompany.REPORTING_YEAR, emrt);
        } else {
            LOG.info("Demo: our 2023 EMRT draft is rolled up; it is generated once an administrator uploads RMI's blank "
                    + "EMRT 2.1 to a campaign");
        }
    }

    /** The RMAP statuses the demo filing counts, labelled with their source (see {@link #RMAP_LABEL}). */
    private void importRmapStatuses() {
        try (java.io.InputStream in = DemoLoader.class.getResourceAsStream(RMAP_TABLE)) {
            if (in == null) {
                throw new IllegalStateException("Demo data " + RMAP_TABLE + " is missing from the application");
            }
            var result = rmapImports.importFile(in, RMAP_TABLE, new RmapImportRequest(null, RMAP_AS_OF, RMAP_LABEL));
            LOG.info(() -> "Demo RMAP statuses: " + result.added() + " smelters from " + RMAP_TABLE + " ("
                    + result.unknownSmelters() + " rows name smelters the registry does not know)");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The new OFAC list is imported; screening finds reported refiners on it, and the team confirms them. */
    private void screenAgainstSdnList() {
        try {
            // screened in this thread: the team's decisions below need the hits
            sanctionsImports.importListAndScreen(new java.io.ByteArrayInputStream(SDN_EXCERPT.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    null, "sdn-excerpt-2024-05-03.csv", LocalDate.of(2024, 5, 3));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (ScreeningHit hit : sanctions.hits(HitStatus.OPEN)) {
            String name = hit.getSubjectName().toLowerCase(java.util.Locale.ROOT);
            if (DemoDeclarations.SANCTIONED_NAMES.stream().anyMatch(n -> name.contains(n.toLowerCase(java.util.Locale.ROOT)))) {
                sanctions.confirm(hit.getId(), "Same refiner: name, country and OFAC remarks agree (checked by Rachel Moore)");
            }
        }
    }

    /**
     * The risk review as a compliance team does it: covered-country sourcing through known smelters is accepted
     * with the reason; an incomplete smelter list is asked about; after the OFAC list arrived, a declaration that
     * names a refiner now on it is escalated. The rest (e.g. smelters not yet identified) stays open for the user.
     */
    private void reviewRisks(boolean sanctionsKnown) {
        List<Declaration> waiting = declarationList.search(new Declarations.Filter(DemoCompany.REPORTING_YEAR, null,
                DeclarationStatus.RISK_REVIEW, null), 0, 1000);
        for (Declaration listed : waiting) {
            Declaration d = declarationList.load(listed.getId()).orElseThrow();
            Set<FindingCode> flags = d.redFlags().stream().map(Finding::getCode).collect(Collectors.toSet());
            boolean sanctionedRefiner = d.redFlags().stream().anyMatch(f -> DemoDeclarations.SANCTIONED_NAMES.stream()
                    .anyMatch(n -> f.getMessage().contains(n)));
            if (sanctionsKnown && sanctionedRefiner) {
                riskReviews.record(d.getId(), RiskOutcome.ESCALATED, "Reports a refiner that is on OFAC's SDN list of "
                        + "3 May 2024: escalated to the General Counsel (Rachel Moore)", null);
            } else if (!sanctionsKnown && COVERED_ONLY.containsAll(flags)) {
                riskReviews.record(d.getId(), RiskOutcome.ACCEPTED_WITH_REASON, "Covered-country sourcing through "
                        + "smelters on RMI's list; their due diligence was reviewed and is acceptable (Rachel Moore)", null);
            } else if (!sanctionsKnown && flags.contains(FindingCode.INCOMPLETE_SMELTER_LIST)) {
                riskReviews.record(d.getId(), RiskOutcome.ASKED_SUPPLIER, "Smelter list incomplete: asked the supplier "
                        + "for the missing smelters and its plan to identify them", null);
            }
        }
    }

    /** The 2023 Form SD as a draft, so Annex A, the report and the Form SD can be generated at once. */
    private void startFiling() {
        Filing filing = filings.startYear(DemoCompany.REPORTING_YEAR);
        Registrant registrant = new Registrant();
        registrant.setName(DemoCompany.REGISTRANT);
        registrant.setStateOfIncorporation("Delaware");
        registrant.setCommissionFileNumber("001-39999");
        registrant.setAddress("One Meridian Parkway, Indianapolis, Indiana 46222");
        registrant.setContactName("Laura Whitfield, Vice President, General Counsel and Secretary");
        registrant.setContactPhone("(317) 555-0100");
        registrant.setSignerName("Laura Whitfield");
        registrant.setSignerTitle("Vice President, General Counsel and Secretary");
        registrant.setWebsite("www.meridian-drivetrain.example");
        filings.saveRegistrant(filing.getId(), registrant);
    }

    /** The mail of the day goes out a few minutes after it was queued, as a sender timer would send it. */
    private void deliver(OutboxDelivery mail) {
        clock.advance(Duration.ofMinutes(5));
        OutboxDelivery.Result result = mail.deliverDue(1000);
        LOG.fine(() -> "demo mail " + clock.now() + ": " + result);
    }
}
