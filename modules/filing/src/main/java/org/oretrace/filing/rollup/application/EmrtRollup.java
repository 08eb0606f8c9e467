package org.oretrace.filing.rollup.application;

import org.oretrace.filing.application.FilingSources;
import org.oretrace.filing.domain.FilingDocument;
import org.oretrace.filing.domain.Registrant;
import org.oretrace.filing.rollup.domain.AnswerOverride;
import org.oretrace.filing.rollup.domain.CompanyCmrt;
import org.oretrace.filing.rollup.domain.EmrtChoices;
import org.oretrace.filing.rollup.domain.EmrtRollupRules;
import org.oretrace.filing.rollup.domain.RolledAnswer;
import org.oretrace.filing.rollup.domain.RollupInput;
import org.oretrace.filing.rollup.infrastructure.CmrtTemplateWriter;
import org.oretrace.filing.rollup.infrastructure.EmrtTemplateWriter;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.cmrt.RmiTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rolls the year's accepted EMRTs up into our own EMRT 2.x, as {@link CmrtRollup} does for the CMRT: the same versions,
 * overrides, company information and Smelter/Product List writing; its own rules ({@link EmrtRollupRules}), questions
 * and layout. Plain Java, so tests run what the server runs.
 */
public class EmrtRollup implements TemplateRollup {

    private static final String KEY = "[1-7C]\\.(COBALT|COPPER|GRAPHITE|LITHIUM|MICA|NICKEL)|[ABDEFG]";

    private final FilingSources filing;
    private final RollupSources sources;

    public EmrtRollup(FilingSources filing, RollupSources sources) {
        this.filing = filing;
        this.sources = sources;
    }

    /** The answers overrides applied, and our EMRT smelter list consolidated from the suppliers' Smelter Lists. */
    public record Review(List<RolledAnswer> answers, List<EmrtSmelters.Smelter> smelters, Map<Long, String> supplierOf)
            implements TemplateRollup.Reviewed {
    }

    @Override
    public RmiTemplate kind() {
        return RmiTemplate.EMRT;
    }

    @Override
    public Review review(CompanyCmrt emrt, boolean formSdFiling, boolean policyDescribed) {
        int year = ReportingYear.of(emrt.getReportingYear()).value();
        List<RollupSources.DeclarationAnswers> accepted = sources.acceptedAnswers(year, RmiTemplate.EMRT);
        Map<Long, String> supplierOf = new HashMap<>();
        List<RollupInput.SupplierDeclaration> declarations = new ArrayList<>();
        for (RollupSources.DeclarationAnswers d : accepted) {
            supplierOf.put(d.declarationId(), d.companyName());
            Map<String, String> answers = new HashMap<>();
            d.answers().forEach(a -> answers.put(RolledAnswer.key(a.question(), a.metal()), a.answer()));
            declarations.add(new RollupInput.SupplierDeclaration(d.declarationId(), d.companyName(), answers));
        }
        List<EmrtSmelters.Smelter> smelters = EmrtSmelters.consolidate(accepted);
        Map<Metal, Long> perMineral = new EnumMap<>(Metal.class);
        smelters.forEach(s -> perMineral.merge(s.mineral(), 1L, Long::sum));
        RollupSources.Survey survey = sources.survey(year, RmiTemplate.EMRT);
        RollupInput in = new RollupInput(declarations, survey.solicited(), survey.responded(), Map.of(), perMineral,
                Map.of(), filing.communications(ReportingYear.of(year)).correctiveActions(), formSdFiling,
                emrt.getPolicyUrl(), policyDescribed);
        List<RolledAnswer> answers = EmrtRollupRules.answers(in).stream()
                .map(a -> emrt.overrideOf(a.key()).map(a::overriddenBy).orElse(a))
                .collect(Collectors.toCollection(ArrayList::new));
        // an override of a question the rule leaves unasked (Q2–Q7 after Q1 "Unknown") still counts; keep those too
        for (AnswerOverride o : emrt.getOverrides()) {
            if (answers.stream().noneMatch(a -> a.key().equals(o.getQuestionKey()))) {
                String[] parts = o.getQuestionKey().split("\\.");
                Metal metal = parts.length > 1 ? Metal.valueOf(parts[1]) : null;
                answers.add(RolledAnswer.of(parts[0], metal, null, null, "No rule: the question follows earlier answers",
                        List.of()).overriddenBy(o));
            }
        }
        // questions an override brings in (Q1 "Yes" where no supplier declares the mineral) appear empty, to be answered
        Map<String, RolledAnswer> byKey = Reviewed.byKey(answers);
        for (Metal m : EmrtChoices.MINERALS) {
            for (String q : EmrtRollupRules.asked(byKey, m)) {
                if (!byKey.containsKey(RolledAnswer.key(q, m))) {
                    RolledAnswer empty = RolledAnswer.of(q, m, null, null,
                            "No rule: the template requires an answer because of the overrides above; override it", List.of());
                    answers.add(empty);
                    byKey.put(empty.key(), empty);
                }
            }
        }
        return new Review(List.copyOf(answers), smelters, supplierOf);
    }

    /** The answers the template asks given the answers before them (the company's always). */
    static List<RolledAnswer> asked(List<RolledAnswer> answers) {
        Map<String, RolledAnswer> byKey = Reviewed.byKey(answers);
        return answers.stream().filter(a -> a.isCompanyQuestion()
                || EmrtRollupRules.asked(byKey, a.metal()).contains(a.question())).toList();
    }

    @Override
    public List<String> unansweredOf(List<RolledAnswer> answers) {
        Map<String, RolledAnswer> byKey = Reviewed.byKey(answers);
        List<String> open = new ArrayList<>();
        for (Metal m : EmrtChoices.MINERALS) {
            for (String q : EmrtRollupRules.asked(byKey, m)) {
                RolledAnswer a = byKey.get(RolledAnswer.key(q, m));
                if (a == null || a.answer() == null) {
                    open.add((q.equals("C") ? "C " : "Q" + q + " ") + m.displayName());
                }
            }
        }
        return open;
    }

    @Override
    public String checkedOverride(String key, String answer, String reason) {
        if (key == null || !key.matches(KEY)) {
            throw new BusinessRuleException("Unknown question '" + key + "': use 1.COBALT ... 7.NICKEL, C.COBALT ... "
                    + "C.NICKEL, or A, B, D ... G");
        }
        return AnswerOverride.checkedAnswer(key, answer, reason, choices(key));
    }

    @Override
    public List<String> choices(String key) {
        return key == null ? List.of() : EmrtChoices.of(key.substring(0, 1));
    }

    @Override
    public CmrtRollup.Generated generate(CompanyCmrt emrt, Registrant registrant, boolean formSdFiling,
                                         boolean policyDescribed, LocalDate today) {
        RollupSources.BlankTemplate template = sources.newestTemplate(RmiTemplate.EMRT).orElseThrow(() ->
                new BusinessRuleException("No blank EMRT uploaded yet: an administrator uploads RMI's blank EMRT 2.1 to a "
                        + "campaign (Outreach → Campaigns)"));
        List<String> missing = CmrtRollup.missing(emrt, registrant);
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("Our EMRT needs " + String.join(", ", missing)
                    + " (filing workspace cover page, or this screen)");
        }
        Review review = review(emrt, formSdFiling, policyDescribed);
        List<String> open = unansweredOf(review.answers());
        if (!open.isEmpty()) {
            throw new BusinessRuleException("The template requires answers to " + String.join(", ", open)
                    + ": override them with a reason before generating");
        }
        List<Metal> inScope = EmrtRollupRules.inScope(review.byKey());
        List<CmrtTemplateWriter.SmelterLine> lines = review.smelters().stream().filter(s -> inScope.contains(s.mineral()))
                .map(s -> new CmrtTemplateWriter.SmelterLine(s.smelterId(), s.mineral(), s.name(), s.country())).toList();
        List<Metal> withoutSmelters = inScope.stream().filter(m -> lines.stream().noneMatch(l -> l.metal() == m)).toList();
        List<String[]> mines = EmrtMines.consolidate(sources.acceptedAnswers(emrt.getReportingYear(), RmiTemplate.EMRT),
                inScope).stream().map(EmrtMines.Mine::cells).toList();
        CmrtTemplateWriter.Written w = EmrtTemplateWriter.write(template.content(), CmrtRollup.company(emrt, registrant, today),
                asked(review.answers()), lines, withoutSmelters, emrt.isProductLevel() ? emrt.productRows() : List.of(),
                mines);
        return new CmrtRollup.Generated(w.content(), FilingDocument.sha256(w.content()), template.fileName(), w.version(),
                review.answers(), w.smelterRows());
    }
}
