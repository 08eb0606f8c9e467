package org.oretrace.intake.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.intake.application.Declarations;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.kernel.json.Jsons;
import org.oretrace.kernel.web.ChartConfig;
import org.oretrace.kernel.web.Formats;
import org.oretrace.kernel.web.HomeTile;

import java.util.List;
import java.util.Map;

/** Home page figures of intake: declarations per state, each a link to the list, and the findings per rule. */
@ApplicationScoped
public class IntakeHomeTile implements HomeTile {

    @Inject
    Declarations declarations;

    @Override
    public String title() {
        return "Declarations";
    }

    @Override
    public int order() {
        return 30;
    }

    /** Rules on the chart: the ones most broken; the rest are in the declarations themselves. */
    private static final int RULES_SHOWN = 8;

    /**
     * Findings per rule on the declarations still open, errors and warnings stacked: which questions suppliers get
     * wrong, so the follow-up mail and the supplier training can start there. No chart while nothing is open.
     */
    @Override
    public String chart() {
        List<Declarations.RuleCount> rules = declarations.findingsPerRule(RULES_SHOWN);
        if (rules.isEmpty()) {
            return null;
        }
        ChartConfig chart = ChartConfig.bar().horizontal().stacked().fillHeight().legendBelow()
                .title("Findings per rule (open declarations)")
                .labels(rules.stream().map(r -> Formats.words(r.code())).toList())
                .dataset(ChartConfig.series("Errors", ChartConfig.NOT_CONFORMANT,
                        rules.stream().map(Declarations.RuleCount::errors).toList()))
                .dataset(ChartConfig.series("Warnings", ChartConfig.ACTIVE,
                        rules.stream().map(Declarations.RuleCount::warnings).toList()));
        chart.scale("x").add("beginAtZero", true).add("ticks", Jsons.object().add("precision", 0));
        return chart.toJson();
    }

    @Override
    public List<Figure> figures() {
        Map<DeclarationStatus, Long> counts = declarations.countByStatus();
        String list = "/intake/declarations.xhtml";
        return List.of(
                new Figure("Accepted", String.valueOf(counts.getOrDefault(DeclarationStatus.ACCEPTED, 0L)),
                        list + "?status=ACCEPTED"),
                new Figure("Need follow-up", String.valueOf(counts.getOrDefault(DeclarationStatus.NEEDS_FOLLOW_UP, 0L)),
                        list + "?status=NEEDS_FOLLOW_UP"),
                new Figure("In risk review", String.valueOf(counts.getOrDefault(DeclarationStatus.RISK_REVIEW, 0L)),
                        list + "?status=RISK_REVIEW"),
                new Figure("Rejected", String.valueOf(counts.getOrDefault(DeclarationStatus.REJECTED, 0L)),
                        list + "?status=REJECTED"),
                new Figure("Waiting to be read", String.valueOf(counts.getOrDefault(DeclarationStatus.QUEUED, 0L)),
                        list + "?status=QUEUED"),
                new Figure("Open errors", String.valueOf(declarations.openErrorFindings()),
                        list + "?status=NEEDS_FOLLOW_UP"));
    }
}
