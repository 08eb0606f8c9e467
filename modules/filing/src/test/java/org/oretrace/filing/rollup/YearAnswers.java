package org.oretrace.filing.rollup;

import org.oretrace.filing.rollup.application.RollupSources;
import org.oretrace.filing.testing.LookupSheet;
import org.oretrace.filing.testing.TemplateYear;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.cmrt.RmiTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The suppliers' answers behind a {@link TemplateYear}, as intake would hand them over: each supplier declares the
 * metals of its smelter rows (Q1, Q2 "Yes"), Q3 and Q5 as the fixture says, Q4 "No" except one "Unknown" for tin, Q6
 * 100%, Q7 and Q8 "Yes". The blank template is RMI's real CMRT 6.5.
 */
final class YearAnswers implements RollupSources {

    static final long TIN_Q4_UNKNOWN = 1010;

    private final TemplateYear year;
    private final byte[] template;

    YearAnswers(TemplateYear year) {
        this.year = year;
        try {
            this.template = Files.readAllBytes(LookupSheet.sharedDir().resolve("rmi-templates/RMI_CMRT_6.5.xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<Metal> declared(TemplateYear.Declaration d) {
        Set<Metal> metals = EnumSet.noneOf(Metal.class);
        d.rows().forEach(r -> metals.add(r.metal()));
        return metals;
    }

    /** The year has CMRTs only: no supplier returned an EMRT. */
    @Override
    public List<DeclarationAnswers> acceptedAnswers(int reportingYear, RmiTemplate kind) {
        return kind == RmiTemplate.CMRT ? acceptedAnswers(reportingYear) : List.of();
    }

    @Override
    public List<DeclarationAnswers> acceptedAnswers(int reportingYear) {
        List<DeclarationAnswers> list = new ArrayList<>();
        for (TemplateYear.Declaration d : year.declarations) {
            Set<Metal> metals = declared(d);
            List<Answer> answers = new ArrayList<>();
            for (Metal m : List.of(Metal.TANTALUM, Metal.TIN, Metal.GOLD, Metal.TUNGSTEN)) {
                boolean yes = metals.contains(m);
                answers.add(new Answer("1", m, yes ? "Yes" : "No"));
                if (!yes) {
                    continue;
                }
                answers.add(new Answer("2", m, "Yes"));
                answers.add(new Answer("3", m, d.q3Yes().contains(m) ? "Yes" : "No"));
                answers.add(new Answer("4", m, d.id() == TIN_Q4_UNKNOWN && m == Metal.TIN ? "Unknown" : "No"));
                answers.add(new Answer("5", m, d.q5Yes().contains(m) ? "Yes" : "No"));
                answers.add(new Answer("6", m, "100%"));
                answers.add(new Answer("7", m, "Yes"));
                answers.add(new Answer("8", m, "Yes"));
            }
            list.add(new DeclarationAnswers(d.id(), d.supplierId(), d.supplier(), answers));
        }
        return list;
    }

    @Override
    public Optional<BlankTemplate> newestTemplate(RmiTemplate kind) {
        return Optional.of(kind == RmiTemplate.CMRT
                ? new BlankTemplate("RMI_CMRT_6.5.xlsx", "6.5", template, Instant.parse("2024-01-10T08:00:00Z"), 2023)
                : EmrtAnswers.blank());
    }

    /** The campaign asked nobody for the EMRT. */
    @Override
    public Survey survey(int year, RmiTemplate kind) {
        return kind == RmiTemplate.CMRT ? new Survey(77, 58) : Survey.NONE;
    }
}
