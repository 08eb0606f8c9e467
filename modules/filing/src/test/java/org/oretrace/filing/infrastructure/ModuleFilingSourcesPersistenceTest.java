package org.oretrace.filing.infrastructure;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.filing.application.Consolidation;
import org.oretrace.filing.application.FilingSources;
import org.oretrace.filing.application.YearData;
import org.oretrace.filing.domain.AnnexA;
import org.oretrace.filing.domain.ConsolidatedSmelter;
import org.oretrace.filing.domain.FilingFacts;
import org.oretrace.filing.domain.RmapCategory;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.outreach.application.CampaignStatistics;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.SurveyRequest;
import org.oretrace.registry.domain.RmapStatusEntry;

import org.oretrace.registry.domain.ScreenedSubject;
import org.oretrace.registry.domain.ScreeningHit;
import org.oretrace.registry.domain.Smelter;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filing's sources over the real schemas of registry, outreach and intake (their own migrations): a supplier's
 * superseded declaration does not count, RMAP status is the one in force at the end of the period, sanctions are
 * the confirmed hits, and the aggregation happens in SQL on H2 and PostgreSQL alike.
 */
class ModuleFilingSourcesPersistenceTest {

    private static final ReportingYear YEAR = ReportingYear.of(2023);
    private static final Instant T = Instant.parse("2024-02-01T10:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aYearFromTheModulesTablesConsolidatesInSql(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry", "outreach", "intake", "filing")) {
            EntityManager em = db.entityManagerFactory("filing-modules-test").createEntityManager();
            em.getTransaction().begin();
            smelter(em, "CID000001", Metal.GOLD, "Alpha Gold Refinery SA", "SWITZERLAND");
            smelter(em, "CID000002", Metal.TIN, "Beta Tin Smelter Ltd.", "RWANDA");
            smelter(em, "CID000003", Metal.TIN, "Gamma Tin Combine", "RUSSIAN FEDERATION");
            em.persist(new RmapStatusEntry("CID000001", "Conformant", LocalDate.of(2023, 6, 1), T, "alice"));
            em.persist(new RmapStatusEntry("CID000001", "Active", LocalDate.of(2024, 3, 1), T, "alice"));
            em.persist(new RmapStatusEntry("CID000002", "Active", LocalDate.of(2023, 1, 10), T, "alice"));
            ScreeningHit hit = new ScreeningHit(ScreenedSubject.SMELTER, "CID000003", "Gamma Tin Combine", T);
            hit.seen("Gamma Tin Combine", "Gamma Tin Combine", 4711, "GAMMA TIN COMBINE", "RUSSIA-EO14024", null, 0.98, null);
            hit.confirm("Same plant", "alice", T);
            em.persist(hit);
            ScreeningHit dismissed = new ScreeningHit(ScreenedSubject.SMELTER, "CID000001", "Alpha Gold Refinery SA", T);
            dismissed.seen("Alpha Gold Refinery SA", "Alpha Gold", 4712, "ALPHA GOLD", "SDGT", null, 0.71, null);
            dismissed.dismiss("Different company", "alice", T);
            em.persist(dismissed);

            Campaign campaign = new Campaign(YEAR, LocalDate.of(2024, 3, 31), "6.5", T);
            em.persist(campaign);
            Supplier[] s = new Supplier[4];
            for (int i = 0; i < 4; i++) {
                s[i] = new Supplier("S-" + (i + 1), "Supplier " + (char) ('A' + i), T);
                em.persist(s[i]);
            }
            // the contract clause (OECD step 1): in force at the period end when dated on or before it, or undated
            s[0].contractClause(true, LocalDate.of(2023, 5, 1));
            s[1].contractClause(true, LocalDate.of(2024, 2, 1));
            s[2].contractClause(true, null);
            SurveyRequest[] r = new SurveyRequest[4];
            for (int i = 0; i < 4; i++) {
                r[i] = new SurveyRequest(campaign, s[i]);
                r[i].sent(LocalDate.of(2024, 1, 15));
                em.persist(r[i]);
            }
            em.getTransaction().commit();
            r[0].responded(null, T);
            r[1].responded(null, T);
            r[2].needsFollowUp(null, T);
            em.getTransaction().begin();
            em.merge(r[0]);
            em.merge(r[1]);
            em.merge(r[2]);
            em.getTransaction().commit();

            // the rounds of communication: mails delivered per kind (a queued reminder reached nobody) and logged contacts
            em.getTransaction().begin();
            mail(em, org.oretrace.outreach.domain.MailKind.REQUEST, r[0], r[1], r[2], r[3]);
            mail(em, org.oretrace.outreach.domain.MailKind.REMINDER, r[0]);
            mail(em, org.oretrace.outreach.domain.MailKind.ESCALATION, r[3]);
            mail(em, org.oretrace.outreach.domain.MailKind.FINAL_NOTICE, r[3]);
            em.getTransaction().commit();
            // delivered (what the mailer records after the SMTP server accepted them)
            db.execute("UPDATE outbox_message SET state = 'SENT'");
            em.getTransaction().begin();
            mail(em, org.oretrace.outreach.domain.MailKind.REMINDER, r[2]);
            em.persist(org.oretrace.outreach.domain.ContactLogEntry.manual(s[3], r[3], T, org.oretrace.outreach.domain.ContactChannel.PHONE,
                    "alice", "Asked for the CMRT by phone", "promised by Friday"));
            em.persist(org.oretrace.outreach.domain.ContactLogEntry.manual(s[3], r[3], T, org.oretrace.outreach.domain.ContactChannel.LETTER,
                    "alice", "Final notice by registered letter", null));
            em.persist(org.oretrace.outreach.domain.ContactLogEntry.event(s[3], r[3], T, "Escalated"));
            em.getTransaction().commit();

            // intake's tables as its reader leaves them (resolved IDs, match methods, answers, findings)
            long a = s[0].getId();
            long b = s[1].getId();
            long c = s[2].getId();
            declaration(db, 100, a, "ACCEPTED", "A. Company");                       // superseded by 101
            declaration(db, 101, a, "ACCEPTED", "A. Company");
            declaration(db, 102, b, "NEEDS_FOLLOW_UP", "B. Product (or List of Products)");
            declaration(db, 103, b, "ACCEPTED", "B. Product (or List of Products)");
            declaration(db, 104, c, "NEEDS_FOLLOW_UP", "A. Company");
            row(db, 100, 1, "Tin", "Gamma Tin", "RUSSIAN FEDERATION", "CID000003", "ALIAS");
            row(db, 101, 1, "Gold", "Alpha Gold Refinery SA", "SWITZERLAND", "CID000001", "STANDARD_NAME");
            row(db, 101, 2, "Tin", "Beta Tin", "RWANDA", "CID000002", "ALIAS");
            row(db, 101, 3, "Tin", "Mineração Fictícia S.A.", "BRAZIL", null, "UNRESOLVED");
            row(db, 101, 4, "Tantalum", "Smelter not yet identified", null, null, "NOT_YET_IDENTIFIED");
            row(db, 103, 1, "gold", "ALPHA GOLD REFINERY", "Switzerland", "CID000001", "FUZZY");
            row(db, 103, 2, "Tin", "MINERACAO FICTICIA SA", "BRAZIL", null, "UNRESOLVED");
            row(db, 103, 3, "Tin", "Gamma Tin Combine", "RUSSIAN FEDERATION", "CID000003", "STANDARD_NAME");
            db.execute("INSERT INTO intake_answer (declaration_id, position, question, metal, answer) VALUES (101, 0, '3', 'TIN', 'Yes')");
            db.execute("INSERT INTO intake_answer (declaration_id, position, question, metal, answer) VALUES (101, 1, '5', 'TIN', 'No')");
            db.execute("INSERT INTO intake_answer (declaration_id, position, question, metal, answer) VALUES (103, 0, '5', 'GOLD', 'Yes')");
            db.execute("INSERT INTO intake_finding (declaration_id, position, code, severity, message, sheet, cell)"
                    + " VALUES (104, 0, 'SMELTER_UNRESOLVED', 'ERROR', 'Row 7 names no known smelter', 'Smelter List', 'D7')");
            // declaration 101 sources tin from a covered country: a red flag, accepted with a reason
            db.execute("INSERT INTO intake_finding (declaration_id, position, code, severity, message, sheet, cell)"
                    + " VALUES (101, 0, 'COVERED_COUNTRY_SOURCING', 'WARNING', 'Tin from Rwanda', 'Declaration', 'D39')");
            db.execute("INSERT INTO intake_risk_review (declaration_id, position, outcome, assessment, red_flags, reviewed_by,"
                    + " reviewed_at) VALUES (101, 0, 'ESCALATED', 'To the committee', 1, 'alice', TIMESTAMP '2024-02-02 10:00:00')");
            db.execute("INSERT INTO intake_risk_review (declaration_id, position, outcome, assessment, red_flags, reviewed_by,"
                    + " reviewed_at) VALUES (101, 1, 'ACCEPTED_WITH_REASON', 'Smelter conformant', 1, 'bob', TIMESTAMP '2024-02-03 10:00:00')");

            ModuleFilingSources sources = new ModuleFilingSources();
            sources.em = em;
            sources.campaigns = campaignStatistics(em);
            sources.declarationStates = new org.oretrace.intake.application.IntakeDeclarationStates(em);
            sources.registry = org.oretrace.registry.application.PublishedSmelterRegistry.outsideContainer(em);
            YearData data = new Consolidation(sources).of(YEAR, YEAR.lastDay());
            FilingFacts facts = data.facts();
            ReadModelsMatchTheTables.assertSameFigures(em, sources, YEAR);

            assertThat(facts.value(FilingFacts.SUPPLIERS_IN_SCOPE)).isEqualTo(4);
            assertThat(facts.value(FilingFacts.SUPPLIERS_SOLICITED)).isEqualTo(4);
            assertThat(facts.value(FilingFacts.SUPPLIERS_RESPONDED)).isEqualTo(3);
            assertThat(facts.value(FilingFacts.RESPONSE_RATE_PERCENT)).isEqualTo(75);
            assertThat(facts.value(FilingFacts.REQUESTS_SENT)).isEqualTo(4);
            assertThat(facts.value(FilingFacts.REMINDERS_SENT)).as("the queued reminder was not sent").isEqualTo(1);
            assertThat(facts.value(FilingFacts.ESCALATIONS_SENT)).isEqualTo(1);
            assertThat(facts.value(FilingFacts.FINAL_NOTICES_SENT)).isEqualTo(1);
            assertThat(facts.value(FilingFacts.CORRECTIVE_ACTIONS_SENT)).isZero();
            assertThat(facts.value(FilingFacts.PHONE_CALLS_LOGGED)).isEqualTo(1);
            assertThat(facts.value(FilingFacts.LETTERS_LOGGED)).isEqualTo(1);
            assertThat(facts.value(FilingFacts.DECLARATIONS_ACCEPTED)).isEqualTo(2);
            assertThat(facts.value(FilingFacts.DECLARATIONS_COMPANY)).isEqualTo(1);
            assertThat(facts.value(FilingFacts.DECLARATIONS_PRODUCT)).isEqualTo(1);
            assertThat(facts.value(FilingFacts.NEEDING_FOLLOW_UP)).isEqualTo(2);
            assertThat(facts.value(FilingFacts.FOLLOW_UP_RESOLVED)).isEqualTo(1);
            assertThat(facts.value(FilingFacts.RED_FLAGS)).isEqualTo(1);
            assertThat(facts.value(FilingFacts.RED_FLAGS_ACCEPTED)).as("the latest review decides").isEqualTo(1);
            assertThat(facts.value(FilingFacts.RED_FLAGS_ESCALATED)).isZero();
            assertThat(facts.value(FilingFacts.RED_FLAGS_OPEN)).isZero();
            assertThat(facts.value(FilingFacts.SUPPLIERS_COVERED_SOURCING)).isEqualTo(1);
            assertThat(facts.value(FilingFacts.SUPPLIERS_RECYCLED)).isEqualTo(1);
            assertThat(facts.value(FilingFacts.SMELTERS_SANCTIONED)).isEqualTo(1);
            assertThat(facts.value(FilingFacts.SMELTERS_COVERED)).isEqualTo(1);
            assertThat(facts.value(FilingFacts.NOT_YET_IDENTIFIED)).isEqualTo(1);
            assertThat(facts.sanctionedSmelters()).containsExactly("Gamma Tin Combine");
            assertThat(facts.value(FilingFacts.CONTRACT_CLAUSES)).as("the clause dated after the period end does not count")
                    .isEqualTo(2);
            assertThat(sources.suppliersWithContractClause(YEAR, LocalDate.of(2024, 2, 1))).isEqualTo(3);
            // the campaign's scope by category (these suppliers have none), and the named smelters with the decision on each
            assertThat(facts.scopeCategories()).containsExactly(new FilingFacts.ScopeCategory(null, 4, 3));
            assertThat(facts.flaggedSmelters()).as("by metal and name").containsExactly(
                    new FilingFacts.FlaggedSmelter("CID000002", "Tin", "Beta Tin Smelter Ltd.", "RWANDA", false, true,
                            "Active", null),
                    new FilingFacts.FlaggedSmelter("CID000003", "Tin", "Gamma Tin Combine", "RUSSIAN FEDERATION", true, false,
                            "Unknown", "Same plant"));

            Map<String, ConsolidatedSmelter> byId = new java.util.HashMap<>();
            data.smelters().smelters().forEach(x -> byId.put(x.smelterId(), x));
            assertThat(byId).containsOnlyKeys("CID000001", "CID000002", "CID000003");
            assertThat(byId.get("CID000001").supplierCount()).isEqualTo(2);
            assertThat(byId.get("CID000001").suppliers()).containsExactly("Supplier A", "Supplier B");
            assertThat(byId.get("CID000001").rmapStatus()).isEqualTo("Conformant");
            assertThat(byId.get("CID000001").sanctioned()).isFalse();
            assertThat(byId.get("CID000002").rmapCategory()).isEqualTo(RmapCategory.ACTIVE);
            assertThat(byId.get("CID000002").coveredCountry()).isTrue();
            assertThat(byId.get("CID000003").supplierCount()).as("the superseded declaration does not count").isEqualTo(1);
            // no status imported covers the period end: unknown, never "not enrolled"
            assertThat(byId.get("CID000003").rmapCategory()).isEqualTo(RmapCategory.UNKNOWN);
            assertThat(byId.get("CID000003").rmapStatus()).isEqualTo("Unknown");
            assertThat(byId.get("CID000003").rmapSource()).isNull();
            assertThat(facts.value(FilingFacts.SMELTERS_RMAP_UNKNOWN)).isEqualTo(1);
            assertThat(facts.smeltersRmapUnknown()).isEqualTo(1);
            assertThat(facts.value(FilingFacts.SMELTERS_NOT_CONFORMANT)).isZero();
            assertThat(byId.get("CID000001").rmapSource()).startsWith("status file imported");
            assertThat(data.smelters().unresolved()).singleElement().satisfies(u -> {
                assertThat(u.spellings()).containsExactlyInAnyOrder("Mineração Fictícia S.A.", "MINERACAO FICTICIA SA");
                assertThat(u.suppliers()).containsExactly("Supplier A", "Supplier B");
            });

            // a supplier added to the master data after the campaign, in scope: the year's population stays the campaign's
            em.getTransaction().begin();
            em.persist(new Supplier("S-5", "Supplier E, added after the campaign", T.plusSeconds(90L * 86400)));
            em.getTransaction().commit();
            FilingFacts after = new Consolidation(sources).of(YEAR, YEAR.lastDay()).facts();
            assertThat(after).isEqualTo(facts);
            assertThat(after.value(FilingFacts.SUPPLIERS_IN_SCOPE)).isEqualTo(4);

            AnnexA annex = AnnexA.of(data.smelters(), true, false);
            assertThat(annex.rows()).extracting(AnnexA.Row::name)
                    .containsExactly("Alpha Gold Refinery SA", "Gamma Tin Combine", "Beta Tin Smelter Ltd.");

            List<FilingSources.FindingRow> findings = sources.findings(YEAR);
            assertThat(findings).hasSize(2).anySatisfy(f -> assertThat(f.rule()).isEqualTo("COVERED_COUNTRY_SOURCING"));
            assertThat(findings).filteredOn(f -> f.severity().equals("ERROR")).singleElement().satisfies(f -> {
                assertThat(f.supplierName()).isEqualTo("Supplier C");
                assertThat(f.location()).isEqualTo("Smelter List!D7");
            });
            assertThat(sources.supplierStatuses(YEAR)).hasSize(4)
                    .anySatisfy(st -> assertThat(st.scope()).startsWith("B."))
                    .anySatisfy(st -> assertThat(st.respondedOn()).isNull());
        }
    }

    private static void mail(EntityManager em, org.oretrace.outreach.domain.MailKind kind, SurveyRequest... requests) {
        for (SurveyRequest r : requests) {
            em.persist(new org.oretrace.outreach.domain.OutboxMessage(kind, "contact@supplier.test", List.of(), kind.label(),
                    "Please send your CMRT", T).about(r.getId(), null));
        }
    }

    private static void smelter(EntityManager em, String id, Metal metal, String name, String country) {
        Smelter smelter = new Smelter(id, metal, name, T);
        smelter.relocate(country, null, null, null, "RMI", T);
        em.persist(smelter);
    }

    private static void declaration(TestDatabase db, long id, long supplier, String status, String scope) {
        try (java.sql.Connection con = db.dataSource().getConnection();
             java.sql.PreparedStatement ps = con.prepareStatement("INSERT INTO intake_stored_file (id, sha256, size_bytes,"
                     + " original_name, received_at, received_by, channel, content) VALUES (?, ?, 1, ?, ?, 'alice', 'UPLOAD', ?)")) {
            ps.setLong(1, id);
            ps.setString(2, String.format("%064d", id));
            ps.setString(3, "cmrt-" + id + ".xlsx");
            ps.setTimestamp(4, java.sql.Timestamp.from(T));
            ps.setBytes(5, new byte[]{0});
            ps.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        db.execute("INSERT INTO intake_declaration (id, version, stored_file_id, file_name, channel, received_at, received_by,"
                + " supplier_id, reporting_year, status, macro_enabled, scope) VALUES (" + id + ", 1, " + id + ", 'cmrt-" + id
                + ".xlsx', 'UPLOAD', TIMESTAMP '2024-02-01 10:00:00', 'alice', " + supplier + ", 2023, '" + status + "', FALSE, '"
                + scope + "')");
    }

    private static void row(TestDatabase db, long declaration, int position, String metal, String name, String country,
                            String resolvedId, String method) {
        db.execute("INSERT INTO intake_smelter_row (declaration_id, position, sheet_row, metal_text, lookup_name, smelter_name,"
                + " country, resolved_smelter_id, match_method) VALUES (" + declaration + ", " + position + ", " + (4 + position)
                + ", '" + metal + "', 'Smelter not listed', '" + name + "', " + (country == null ? "NULL" : "'" + country + "'")
                + ", " + (resolvedId == null ? "NULL" : "'" + resolvedId + "'") + ", '" + method + "')");
    }

    /** Outreach's real statistics service, given the test's entity manager and a clock. */
    static CampaignStatistics campaignStatistics(EntityManager em) throws Exception {
        CampaignStatistics statistics = new CampaignStatistics();
        set(statistics, "em", em);
        set(statistics, "clock", ApplicationClock.system(false));
        return statistics;
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
