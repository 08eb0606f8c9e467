package org.oretrace.intake.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.Company;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.kernel.reports.SmelterReports;
import org.oretrace.kernel.reports.SmelterReports.SmelterReport;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.outreach.domain.Supplier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which suppliers reported a smelter, as the registry's smelter page asks intake for it. */
class IntakeSmelterReportsTest {

    private static final Instant T0 = Instant.parse("2024-02-01T08:00:00Z");
    private static final String AGOSI = "CID000035";

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void readDeclarationsWithARowResolvedToTheSmelterNewestFirstOncePerDeclaration(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "outreach", "intake")) {
            EntityManagerFactory emf = db.entityManagerFactory("intake-with-suppliers-test");
            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            Supplier meridian = new Supplier("S-100", "Meridian Gold Trading GmbH", T0);
            em.persist(meridian);
            em.flush();
            long accepted = declaration(em, "meridian.xlsx", meridian.getId(), 2023, "CMRT Name Of Meridian", T0, false,
                    row(5, "Gold", "Agosi AG", null, "GERMANY", AGOSI),
                    // the same smelter again under another spelling: still one report for this declaration
                    row(6, "Gold", SmelterRow.NOT_LISTED, "AGOSI Allgemeine Gold- und Silberscheideanstalt", "Germany", AGOSI),
                    row(7, "Tin", "Some Tin Smelter", null, "China", "CID001070"));
            long followUp = declaration(em, "loose.xlsx", null, 2023, "Loose Metals Ltd", T0.plusSeconds(3600), true,
                    row(5, "Gold", SmelterRow.NOT_LISTED, "Agosi, Pforzheim", "Deutschland", AGOSI));
            long later = declaration(em, "meridian-2024.xlsx", meridian.getId(), 2024, "Meridian", T0.plusSeconds(7200), false,
                    row(5, "Gold", "Agosi AG", null, "Germany", AGOSI));
            // a row the registry could not resolve, and a declaration read again (queued) are not reports
            declaration(em, "unresolved.xlsx", null, 2023, "Unresolved Ltd", T0.plusSeconds(60), false,
                    row(5, "Gold", SmelterRow.NOT_LISTED, "Agosi somewhere", "Germany", null));
            long requeued = declaration(em, "requeued.xlsx", null, 2023, "Requeued Ltd", T0.plusSeconds(90), false,
                    row(5, "Gold", "Agosi AG", null, "Germany", AGOSI));
            em.find(Declaration.class, requeued).requeue();
            em.getTransaction().commit();
            em.close();

            IntakeSmelterReports reports = new IntakeSmelterReports();
            reports.em = emf.createEntityManager();
            List<SmelterReport> agosi = reports.reportsOf(AGOSI);
            assertThat(agosi).extracting(SmelterReport::declarationId).containsExactly(later, followUp, accepted);
            assertThat(agosi.get(2)).isEqualTo(new SmelterReport("Meridian Gold Trading GmbH", meridian.getId(), accepted, 2023,
                    "ACCEPTED", "Agosi AG", "GERMANY", T0));
            // not linked to a supplier: the company as written; a "not listed" row: the typed name
            assertThat(agosi.get(1)).isEqualTo(new SmelterReport("Loose Metals Ltd", null, followUp, 2023, "NEEDS_FOLLOW_UP",
                    "Agosi, Pforzheim", "Deutschland", T0.plusSeconds(3600)));
            assertThat(agosi.get(0).reportingYear()).isEqualTo(2024);
            assertThat(reports.reportsOf(" cid000035 ")).hasSize(3);
            assertThat(reports.reportsOf("CID001070")).extracting(SmelterReport::declarationId).containsExactly(accepted);
            assertThat(reports.reportsOf("CID999999")).isEmpty();
            assertThat(reports.reportsOf(null)).isEmpty();
            pagesAreTheWholeListInSlices(reports, AGOSI);
            pagesAreTheWholeListInSlices(reports, "CID001070");
            assertThat(reports.page("CID999999", 0, 25)).isEqualTo(new SmelterReports.ReportPage(List.of(), 0, 0));
            reports.em.close();
        }
    }

    /**
     * A supplier answers a request for both templates with a CMRT and an EMRT that both name one smelter (a refiner of
     * gold and copper, say): one report, the CMRT's, and one supplier. An EMRT alone (another supplier, or the same
     * supplier in another year) is a report of its own.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSuppliersCmrtAndEmrtOfOneYearNamingTheSameSmelterAreOneReport(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "outreach", "intake")) {
            EntityManagerFactory emf = db.entityManagerFactory("intake-with-suppliers-test");
            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            Supplier meridian = new Supplier("S-100", "Meridian Metals GmbH", T0);
            Supplier cathode = new Supplier("S-200", "Cathode Works Ltd", T0);
            em.persist(meridian);
            em.persist(cathode);
            em.flush();
            long cmrt = declaration(em, "meridian-cmrt.xlsx", meridian.getId(), 2023, "Meridian", T0, false,
                    row(5, "Gold", "Agosi AG", null, "Germany", AGOSI));
            long emrt = emrtDeclaration(em, "meridian-emrt.xlsx", meridian.getId(), 2023, "Meridian", T0.plusSeconds(60),
                    row(5, "Copper", "Agosi AG", null, "Germany", AGOSI), row(6, "Cobalt", "Agosi", null, "Germany", AGOSI));
            long otherSupplier = emrtDeclaration(em, "cathode-emrt.xlsx", cathode.getId(), 2023, "Cathode",
                    T0.plusSeconds(120), row(5, "Copper", "Agosi AG", null, "Germany", AGOSI));
            long nextYear = emrtDeclaration(em, "meridian-emrt-2024.xlsx", meridian.getId(), 2024, "Meridian",
                    T0.plusSeconds(180), row(5, "Copper", "Agosi AG", null, "Germany", AGOSI));
            // unlinked: the same company as written counts once too
            long looseCmrt = declaration(em, "loose-cmrt.xlsx", null, 2023, "Loose Metals Ltd", T0.plusSeconds(240), false,
                    row(5, "Gold", "Agosi AG", null, "Germany", AGOSI));
            long looseEmrt = emrtDeclaration(em, "loose-emrt.xlsx", null, 2023, "LOOSE METALS LTD.", T0.plusSeconds(300),
                    row(5, "Copper", "Agosi AG", null, "Germany", AGOSI));
            em.getTransaction().commit();
            em.close();

            IntakeSmelterReports reports = new IntakeSmelterReports();
            reports.em = emf.createEntityManager();
            List<SmelterReport> agosi = reports.reportsOf(AGOSI);
            assertThat(agosi).extracting(SmelterReport::declarationId)
                    .containsExactly(looseCmrt, nextYear, otherSupplier, cmrt)
                    .doesNotContain(emrt, looseEmrt);
            assertThat(org.oretrace.kernel.reports.SmelterReports.supplierCount(agosi)).isEqualTo(3);
            assertThat(agosi.get(2)).isEqualTo(new SmelterReport("Cathode Works Ltd", cathode.getId(), otherSupplier, 2023,
                    "ACCEPTED", "Agosi AG", "Germany", T0.plusSeconds(120)));
            pagesAreTheWholeListInSlices(reports, AGOSI);
            reports.em.close();
        }
    }

    private static long emrtDeclaration(EntityManager em, String file, Long supplierId, int year, String company,
                                        Instant at, SmelterRow... rows) {
        StoredFile stored = new StoredFile(file.getBytes(), file, at, "alice", Channel.UPLOAD);
        em.persist(stored);
        Declaration d = new Declaration(stored, file, Channel.UPLOAD, at, "alice");
        d.linkTo(supplierId, year, null);
        d.fillEmrt("2.1", "English", new Company(company, null, null, null, "Ann", "ann@example.com", null, "Bo", "CEO",
                        "bo@example.com", null, LocalDate.of(2024, 1, 15), null), "A. Company", null,
                List.of(org.oretrace.kernel.Metal.COBALT, org.oretrace.kernel.Metal.COPPER), List.of(),
                new ArrayList<>(List.of(rows)), List.of(), List.of());
        d.evaluate(List.of(), at.plusSeconds(5));
        em.persist(d);
        em.flush();
        return d.getId();
    }

    private static SmelterRow row(int sheetRow, String metal, String lookup, String name, String country, String resolvedTo) {
        SmelterRow row = new SmelterRow(sheetRow, metal, null, lookup, name, country, null, null, null, null, null, "No", null);
        row.resolve(resolvedTo, resolvedTo == null ? "UNRESOLVED" : "EXACT_ALIAS");
        return row;
    }

    private static long declaration(EntityManager em, String file, Long supplierId, int year, String company, Instant at,
                                    boolean withError, SmelterRow... rows) {
        StoredFile stored = new StoredFile(file.getBytes(), file, at, "alice", Channel.UPLOAD);
        em.persist(stored);
        Declaration d = new Declaration(stored, file, Channel.UPLOAD, at, "alice");
        d.linkTo(supplierId, year, null);
        d.fill("6.5", "English", false, new Company(company, null, null, null, "Ann", "ann@example.com", null, "Bo", "CEO",
                        "bo@example.com", null, LocalDate.of(2024, 1, 15), null), "A. Company", null, List.of(),
                new ArrayList<>(List.of(rows)), List.of());
        d.evaluate(withError ? List.of(new Finding(FindingCode.INVALID_EMAIL, Severity.ERROR, "bad", "Declaration", "D16"))
                : List.of(), at.plusSeconds(5));
        em.persist(d);
        em.flush();
        return d.getId();
    }

    /** Issue 18: the smelter screen's pages read only their own rows, yet show what the whole list shows. */
    private static void pagesAreTheWholeListInSlices(IntakeSmelterReports reports, String smelterId) {
        List<SmelterReport> all = reports.reportsOf(smelterId);
        for (int size : new int[] {1, 2, 25}) {
            List<SmelterReport> paged = new java.util.ArrayList<>();
            for (int first = 0; first < all.size(); first += size) {
                SmelterReports.ReportPage page = reports.page(smelterId, first, size);
                assertThat(page.declarations()).isEqualTo(all.size());
                assertThat(page.suppliers()).isEqualTo(SmelterReports.supplierCount(all));
                paged.addAll(page.reports());
            }
            assertThat(paged).as("pages of " + size).containsExactlyElementsOf(all);
        }
    }
}
