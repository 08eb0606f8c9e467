package org.oretrace.filing.rollup;

import org.oretrace.filing.rollup.application.RollupSources;
import org.oretrace.filing.testing.LookupSheet;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.cmrt.RmiTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Three accepted EMRT 2.1 declarations as intake hands them over, and RMI's real blank EMRT 2.1:
 * <ul>
 *   <li>9001 Kinetic Cells: cobalt in scope (Q3 No, Q4 No, Q6 Yes, Q7 Yes), copper "No"; one cobalt refinery by ID;</li>
 *   <li>9002 Volta Metals: cobalt (Q3 "Unknown", Q6 "No") and nickel in scope; a cobalt refinery by look-up name only,
 *   the same refinery as 9001's by ID again, a nickel processor by ID and one "Smelter not listed";</li>
 *   <li>9003 Mica Works: mica "Unknown", graphite "Not declaring", nothing in scope.</li>
 * </ul>
 * Mine Lists: 9001 the Kamoto mine for its cobalt refinery; 9002 Kamoto again for that refinery (ID and names typed
 * differently) and for another refinery, a nickel mine, a nickel row naming no mine; 9003 a mica mine (mica not in
 * scope). The campaign asked four suppliers for the EMRT; three returned it.
 */
final class EmrtAnswers implements RollupSources {

    static final String COBALT_REFINERY = "Advanced Materials Production Plant (Qingyuan Industrial Park)";
    static final String COBALT_BY_NAME = "Anhui Hanrui New Material Co., Ltd.";
    static final String NICKEL_PROCESSOR = "PT QMB New Energy Materials";
    static final MineRow KAMOTO = new MineRow("Cobalt", COBALT_REFINERY, "Kamoto Mine", "MINE-CD-0001", "RMI",
            "CONGO, DEMOCRATIC REPUBLIC OF THE", "Route de Likasi", "Kolwezi", "Lualaba", "Joseph Mbuyi",
            "j.mbuyi@kamoto.example", null, "artisanal sites excluded");

    static RollupSources.BlankTemplate blank() {
        try {
            return new BlankTemplate("RMI_EMRT_2.1.xlsx", "2.1",
                    Files.readAllBytes(LookupSheet.sharedDir().resolve("rmi-templates/RMI_EMRT_2.1.xlsx")),
                    Instant.parse("2024-01-10T08:00:00Z"), 2023);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<DeclarationAnswers> acceptedAnswers(int year, RmiTemplate kind) {
        if (kind != RmiTemplate.EMRT) {
            return List.of();
        }
        List<Answer> kinetic = new ArrayList<>(inScope(Metal.COBALT, "No", "No", "Yes", "Yes"));
        kinetic.add(new Answer("1", Metal.COPPER, "No"));
        kinetic.addAll(company());
        List<Answer> volta = new ArrayList<>(inScope(Metal.COBALT, "Unknown", "No", "No", "Yes"));
        volta.addAll(inScope(Metal.NICKEL, "No", "No", "Yes", "Yes"));
        volta.addAll(company());
        List<Answer> mica = new ArrayList<>(List.of(new Answer("1", Metal.MICA, "Unknown"),
                new Answer("1", Metal.GRAPHITE, "Not declaring")));
        return List.of(
                new DeclarationAnswers(9001, 501, "Kinetic Cells Ltd.", kinetic,
                        List.of(new SmelterRow("Cobalt", "CID003875", COBALT_REFINERY, null, "CHINA")),
                        List.of(KAMOTO)),
                new DeclarationAnswers(9002, 502, "Volta Metals GmbH", volta, List.of(
                        new SmelterRow("Cobalt", null, COBALT_BY_NAME, null, null),
                        new SmelterRow("Cobalt", "cid003875", COBALT_REFINERY, null, "CHINA"),
                        new SmelterRow("Nickel", "CID004579", NICKEL_PROCESSOR, null, "INDONESIA"),
                        new SmelterRow("Nickel", null, "Smelter not listed", "Nordic Nickel Works", "FINLAND"),
                        new SmelterRow("Nickel", null, "Smelter not yet identified", null, null)), List.of(
                        // Kamoto for the same refinery again (ID and smelter typed differently): one row with 9001's
                        new MineRow("cobalt", "  advanced materials production plant (qingyuan  industrial park)",
                                "Kamoto", "mine-cd-0001", null, "CONGO, DEMOCRATIC REPUBLIC OF THE", null, null, null, null,
                                null, null, "as listed last year"),
                        new MineRow("Cobalt", COBALT_BY_NAME, "Kamoto Mine", "MINE-CD-0001", null,
                                "CONGO, DEMOCRATIC REPUBLIC OF THE", null, "Kolwezi", "Lualaba", null, null, null, null),
                        new MineRow("Nickel", NICKEL_PROCESSOR, "Weda Bay Nickel Mine", null, null, "INDONESIA", null,
                                "Weda", "North Maluku", null, null, "Ask for the mine's ID", null),
                        new MineRow("Nickel", NICKEL_PROCESSOR, null, null, null, "INDONESIA", null, null, null, null,
                                null, null, "mine not known yet"))),
                new DeclarationAnswers(9003, 503, "Mica Works Pvt. Ltd.", mica, List.of(), List.of(
                        // mica is not in scope of our EMRT: its mines are not asked
                        new MineRow("Mica", "Jharkhand Mica Processing", "Koderma Mica Mine", null, null, "INDIA", null,
                                null, null, null, null, null, null))));
    }

    private static List<Answer> inScope(Metal m, String q3, String q4, String q6, String q7) {
        return List.of(new Answer("1", m, "Yes"), new Answer("2", m, "Yes"), new Answer("3", m, q3),
                new Answer("4", m, q4), new Answer("5", m, "100%"), new Answer("6", m, q6), new Answer("7", m, q7),
                new Answer("C", m, "Yes"));
    }

    private static List<Answer> company() {
        List<Answer> list = new ArrayList<>();
        for (String q : List.of("A", "B", "D", "F", "G")) {
            list.add(new Answer(q, null, "Yes"));
        }
        list.add(new Answer("E", null, "Yes, in conformance with IPC1755 (e.g. EMRT)"));
        return list;
    }

    @Override
    public Optional<BlankTemplate> newestTemplate(RmiTemplate kind) {
        return kind == RmiTemplate.EMRT ? Optional.of(blank()) : Optional.empty();
    }

    @Override
    public Survey survey(int year, RmiTemplate kind) {
        return kind == RmiTemplate.EMRT ? new Survey(4, 3) : Survey.NONE;
    }
}
