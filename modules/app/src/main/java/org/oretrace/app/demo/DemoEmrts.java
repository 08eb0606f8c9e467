package org.oretrace.app.demo;

import org.oretrace.app.demo.DemoCompany.DemoSupplier;
import org.oretrace.intake.infrastructure.EmrtWriter;
import org.oretrace.kernel.Metal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The demo's EMRTs. The 2023 campaign asks every supplier for the CMRT and six electrical suppliers (cobalt in motors
 * and cells, mica in insulation) for the EMRT too. Three of them return a clean CMRT and send their EMRT the same day
 * (one of the EMRTs admits CAHRA sourcing and a cobalt smelter not yet identified: red flags for the risk review); one
 * never returns its CMRT but sends its EMRT (PARTIAL: the CMRT is still chased); two send nothing. So the CMRT figures
 * of the filing are those of a CMRT-only campaign, and our own EMRT rolls up from real supplier answers. The EMRTs are
 * written at run time in the EMRT 2.1 layout ({@link EmrtWriter}); the smelters are rows of RMI's EMRT 2.1 look-up list.
 */
final class DemoEmrts {

    static final int ASKED = 6;

    /** The six asked for the EMRT too, in order: three CMRT responders (the third with red flags), then three that never answer the CMRT. */
    private final List<DemoSupplier> asked;

    DemoEmrts(List<DemoSupplier> cast) {
        // electrical suppliers first (their parts hold cobalt and mica), clean CMRTs only, so no corrective mail interferes
        List<DemoSupplier> ordered = Stream.concat(cast.stream().filter(s -> s.category().equals("Electrical")),
                cast.stream().filter(s -> !s.category().equals("Electrical"))).toList();
        List<DemoSupplier> chosen = new ArrayList<>(ordered.stream()
                .filter(s -> s.responds() && s.defect() == DemoCompany.Defect.NONE).limit(3).toList());
        chosen.addAll(ordered.stream().filter(s -> !s.responds()).limit(3).toList());
        this.asked = List.copyOf(chosen);
    }

    /** The suppliers asked for the CMRT and the EMRT. */
    List<DemoSupplier> asked() {
        return asked;
    }

    /** The day a supplier's EMRT arrives, null when it sends none: with the CMRT, or (the partial one) mid-February. */
    LocalDate sendsOn(DemoSupplier s) {
        int i = asked.indexOf(s);
        if (i < 0 || i > 3) {
            return null;
        }
        return i < 3 ? s.respondsOn() : DemoCompany.LAUNCH.plusDays(30);
    }

    /** The supplier that sends its EMRT only: PARTIAL, one of the suppliers that never return the CMRT. */
    DemoSupplier partial() {
        return asked.get(3);
    }

    /** The one EMRT with red flags: CAHRA sourcing admitted for cobalt, and a cobalt smelter not yet identified. */
    DemoSupplier withRedFlags() {
        return asked.get(2);
    }

    String fileName(DemoSupplier s) {
        return s.name().replaceAll("[^A-Za-z0-9]+", "_") + "_EMRT_2.1.xlsx";
    }

    /** Rows of RMI's EMRT 2.1 look-up list: smelter ID, look-up name, country, per mineral. */
    private static final Map<Metal, String[]> SMELTERS = Map.of(
            Metal.COBALT, new String[]{"CID003875", "Advanced Materials Production Plant (Qingyuan Industrial Park)", "CHINA"},
            Metal.MICA, new String[]{"CID003592", "Arctic Minerals, LLC", "UNITED STATES OF AMERICA"},
            Metal.COPPER, new String[]{"CID004470", "Anglo American (Chagres)", "CHILE"});

    byte[] workbook(DemoSupplier s) {
        LocalDate date = sendsOn(s).minusDays(2);
        List<Metal> minerals = asked.indexOf(s) % 2 == 0 ? List.of(Metal.COBALT, Metal.MICA)
                : List.of(Metal.COBALT, Metal.COPPER, Metal.MICA);
        String domain = s.contactEmail().substring(s.contactEmail().indexOf('@') + 1);
        EmrtWriter w = new EmrtWriter("2.1", "English").company(s.name(), "B. Product (or List of Products)", null,
                "0" + s.number().substring(2) + "0000", "DUNS", "1 Works Road, " + s.country(), s.contactName(),
                s.contactEmail(), s.contactPhone(), "Compliance Director", "Director of Compliance", "compliance@" + domain,
                s.contactPhone().replaceAll("\\d{4}$", "9000"), date);
        w.minerals(minerals);
        boolean redFlags = s.equals(withRedFlags());
        for (Metal m : minerals) {
            w.answer(1, m, "Yes", null).answer(2, m, "Yes", null).answer(4, m, "No", null).answer(5, m, "100%", null)
                    .answer(6, m, "Yes", null).answer(7, m, "Yes", null).cAnswer(m, "Yes", null);
            if (redFlags && m == Metal.COBALT) {
                w.answer(3, m, "Yes", "Part of our cobalt comes from the Democratic Republic of the Congo");
                w.smelter(null, m.displayName(), "Smelter not yet identified", null, null);
            } else {
                w.answer(3, m, "No", null);
            }
            String[] smelter = SMELTERS.get(m);
            w.smelter(smelter[0], m.displayName(), smelter[1], null, smelter[2]);
        }
        for (char q : "DFG".toCharArray()) {
            w.companyAnswer(q, "Yes", null);
        }
        String policy = "https://www." + domain + "/minerals-policy";
        w.companyAnswer('A', "Yes", policy).companyAnswer('B', "Yes", policy)
                .companyAnswer('E', "Yes, in conformance with IPC1755 (e.g. EMRT)", null);
        w.mine(new EmrtWriter.Mine("Cobalt", SMELTERS.get(Metal.COBALT)[1], "Kamoto Mine", null, null,
                "CONGO, DEMOCRATIC REPUBLIC OF THE", null, null, null, null, null, null, null));
        return w.product("E-" + s.number().substring(2), s.category() + " assembly for Meridian", null).toBytes();
    }
}
