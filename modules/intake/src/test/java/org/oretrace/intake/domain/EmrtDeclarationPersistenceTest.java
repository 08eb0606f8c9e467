package org.oretrace.intake.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.intake.application.DeclarationReading;
import org.oretrace.intake.application.IntakeAcceptedAnswers;
import org.oretrace.intake.application.IntakeDeclarationStates;
import org.oretrace.intake.infrastructure.CmrtReader;
import org.oretrace.intake.published.AcceptedAnswers;
import org.oretrace.intake.testing.EmrtFile;
import org.oretrace.intake.testing.EmrtLookup;
import org.oretrace.intake.testing.TemplateSmelterDirectory;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.kernel.testing.TestDatabase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An EMRT 2.1 filled through the real template, read where the request asked for the EMRT, stored and read back on
 * H2 and PostgreSQL (intake V7, V9): template, minerals, answers per mineral, smelter rows with their mineral and their
 * match (smelter, method, score), mine rows;
 * the published views stay about the CMRT. The same file where only a CMRT was asked is rejected, saying so.
 */
class EmrtDeclarationPersistenceTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static byte[] emrt;

    private static byte[] emrt() {
        if (emrt == null) {
            emrt = EmrtFile.of("2.1").minerals(List.of(Metal.COBALT, Metal.COPPER, Metal.NICKEL)).declare(Metal.NICKEL)
                    .smelter(EmrtFile.SmelterLine.byLookup("Nickel", EmrtLookup.smelters("2.1", "Nickel", 1).get(0)
                            .lookupName())).toBytes();
        }
        return emrt;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anEmrtIsStoredWithItsTemplateMineralsSmeltersAndMines(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "intake")) {
            EntityManagerFactory emf = db.entityManagerFactory("intake-test");
            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            StoredFile file = new StoredFile(emrt(), "acme-emrt.xlsx", T0, "alice", Channel.UPLOAD);
            em.persist(file);
            Declaration asked = new Declaration(file, "acme-emrt.xlsx", Channel.UPLOAD, T0, "alice");
            asked.linkTo(77L, 2025, null);
            TemplateSmelterDirectory registry = TemplateSmelterDirectory.withEmrt("6.5", "2.1");
            new DeclarationReading(new CmrtReader(), registry)
                    .read(asked, emrt(), TODAY, T0, Set.of(RmiTemplate.CMRT, RmiTemplate.EMRT));
            em.persist(asked);
            Declaration cmrtOnly = new Declaration(file, "acme-emrt.xlsx", Channel.UPLOAD, T0, "alice");
            cmrtOnly.linkTo(78L, 2025, null);
            new DeclarationReading(new CmrtReader(), new TemplateSmelterDirectory("6.5")).read(cmrtOnly, emrt(), TODAY, T0);
            em.persist(cmrtOnly);
            // an EMRT with a gap, asked for: it needs follow-up, but filing's pre-flight asks about CMRT responses only
            byte[] gap = emrtWithGap();
            StoredFile gapFile = new StoredFile(gap, "gap-emrt.xlsx", T0, "alice", Channel.UPLOAD);
            em.persist(gapFile);
            Declaration withGap = new Declaration(gapFile, "gap-emrt.xlsx", Channel.UPLOAD, T0, "alice");
            withGap.linkTo(79L, 2025, null);
            new DeclarationReading(new CmrtReader(), registry).read(withGap, gap, TODAY, T0, Set.of(RmiTemplate.EMRT));
            em.persist(withGap);
            em.getTransaction().commit();
            assertThat(withGap.getStatus()).isEqualTo(DeclarationStatus.NEEDS_FOLLOW_UP);
            assertThat(withGap.getFindings()).extracting(f -> f.getCode() + "@" + f.getCell())
                    .containsExactly("MISSING_REQUIRED_FIELD@D8");
            em.close();

            EntityManager read = emf.createEntityManager();
            Declaration d = read.find(Declaration.class, asked.getId());
            assertThat(d.getTemplate()).isEqualTo(RmiTemplate.EMRT);
            assertThat(d.getStatus()).as("findings: %s", d.getFindings()).isEqualTo(DeclarationStatus.ACCEPTED);
            assertThat(d.getTemplateVersion()).isEqualTo("2.1");
            assertThat(d.getCompany().getName()).isEqualTo("ACME Batteries Ltd.");
            assertThat(d.getMinerals()).containsExactly(Metal.COBALT, Metal.COPPER, Metal.NICKEL);
            assertThat(d.getAnswers()).filteredOn(a -> a.getQuestion().equals("1"))
                    .extracting(Answer::getMetal, Answer::getAnswer)
                    .containsExactly(tuple(Metal.COBALT, "Yes"), tuple(Metal.COPPER, "Yes"), tuple(Metal.NICKEL, "Yes"));
            assertThat(d.getEmrtSmelters()).extracting(SmelterRow::getRow, SmelterRow::getMetal)
                    .containsExactly(tuple(5, "Cobalt"), tuple(6, "Copper"), tuple(7, "Nickel"));
            // matched as CMRT rows are (intake V9 keeps the score beside the method)
            assertThat(d.getEmrtSmelters()).extracting(SmelterRow::getResolvedSmelterId, SmelterRow::getMatchMethod,
                            SmelterRow::getMatchScore)
                    .containsExactly(tuple(EmrtLookup.smelters("2.1", "Cobalt", 1).get(0).smelterId(), "EXACT_ALIAS", 1.0),
                            tuple(EmrtLookup.smelters("2.1", "Copper", 1).get(0).smelterId(), "EXACT_ALIAS", 1.0),
                            tuple(EmrtLookup.smelters("2.1", "Nickel", 1).get(0).smelterId(), "EXACT_ALIAS", 1.0));
            assertThat(d.getSmelters()).as("the CMRT's smelter rows (filing's 3TG) stay empty").isEmpty();
            assertThat(d.getMines()).extracting(MineRow::getRow, MineRow::getMineral, MineRow::getMineName)
                    .containsExactly(tuple(5, "Cobalt", "Kamoto Mine"));

            Declaration rejected = read.find(Declaration.class, cmrtOnly.getId());
            assertThat(rejected.getStatus()).isEqualTo(DeclarationStatus.REJECTED);
            assertThat(rejected.getTemplate()).isEqualTo(RmiTemplate.EMRT);
            assertThat(rejected.getRejectionCode()).isEqualTo(RejectionCode.OTHER_RMI_TEMPLATE);
            assertThat(rejected.getRejectionMessage()).contains("Extended Minerals Reporting Template (EMRT)",
                    "Only the CMRT was asked for in this request, not the EMRT.");
            Number accepted = (Number) read.createNativeQuery("SELECT COUNT(*) FROM intake_accepted_declaration")
                    .getSingleResult();
            Number yes = (Number) read.createNativeQuery("SELECT COUNT(*) FROM intake_yes_answer").getSingleResult();
            assertThat(accepted.intValue()).as("an accepted EMRT is no accepted CMRT for filing").isZero();
            assertThat(yes.intValue()).isZero();
            Number cmrtRows = (Number) read.createNativeQuery("SELECT COUNT(*) FROM intake_declaration WHERE template = 'CMRT'")
                    .getSingleResult();
            assertThat(cmrtRows.intValue()).isZero();
            // the roll-up of our own EMRT gets the registry's match where the supplier typed no ID (rows chosen by name)
            assertThat(new IntakeAcceptedAnswers(read).ofYear(2025, RmiTemplate.EMRT))
                    .filteredOn(a -> a.declarationId() == asked.getId())
                    .flatExtracting(a -> a.smelters().stream().map(AcceptedAnswers.SmelterValue::smelterId).toList())
                    .containsExactly(EmrtLookup.smelters("2.1", "Cobalt", 1).get(0).smelterId(),
                            EmrtLookup.smelters("2.1", "Copper", 1).get(0).smelterId(),
                            EmrtLookup.smelters("2.1", "Nickel", 1).get(0).smelterId());
            // and the Mine List as typed, for our own EMRT's Mine List
            assertThat(new IntakeAcceptedAnswers(read).ofYear(2025, RmiTemplate.EMRT))
                    .filteredOn(a -> a.declarationId() == asked.getId())
                    .flatExtracting(AcceptedAnswers.DeclarationAnswers::mines)
                    .containsExactly(new AcceptedAnswers.MineValue("Cobalt", "A cobalt refinery", "Kamoto Mine", "MINE-001",
                            null, "CONGO, DEMOCRATIC REPUBLIC OF THE", null, null, null, null, null, null, null));
            IntakeDeclarationStates states = new IntakeDeclarationStates(read);
            assertThat(states.awaitingDecision(2025)).as("EMRTs are no CMRT responses").isEmpty();
            assertThat(states.followUps(2025).needingFollowUp()).isZero();
            read.close();
        }
    }

    private static byte[] gapBytes;

    private static byte[] emrtWithGap() {
        if (gapBytes == null) {
            gapBytes = EmrtFile.of("2.1").set("D8", null).toBytes();
        }
        return gapBytes;
    }
}
