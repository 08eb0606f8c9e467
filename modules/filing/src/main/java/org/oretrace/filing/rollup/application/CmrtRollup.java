package org.oretrace.filing.rollup.application;

import org.oretrace.filing.application.Consolidation;
import org.oretrace.filing.application.FilingSources;
import org.oretrace.filing.domain.ConsolidatedSmelter;
import org.oretrace.filing.domain.FilingDocument;
import org.oretrace.filing.domain.Registrant;
import org.oretrace.filing.domain.SmelterList;
import org.oretrace.filing.domain.UnresolvedName;
import org.oretrace.filing.rollup.domain.AnswerOverride;
import org.oretrace.filing.rollup.domain.CmrtChoices;
import org.oretrace.filing.rollup.domain.CompanyCmrt;
import org.oretrace.filing.rollup.domain.RolledAnswer;
import org.oretrace.filing.rollup.domain.RollupInput;
import org.oretrace.filing.rollup.domain.RollupRules;
import org.oretrace.filing.rollup.infrastructure.CmrtTemplateWriter;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.ReportingYear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rolls the year's accepted declarations up into our own CMRT and writes it into the newest blank template. Plain Java
 * (no container), so tests run exactly what the server runs; {@link RollupService} adds transactions, roles and audit.
 */
public class CmrtRollup implements TemplateRollup {

    private final FilingSources filing;
    private final RollupSources sources;

    public CmrtRollup(FilingSources filing, RollupSources sources) {
        this.filing = filing;
        this.sources = sources;
    }

    /** The answers as they stand, overrides applied, and the smelters behind them. */
    public record Review(List<RolledAnswer> answers, SmelterList smelters, Map<Long, String> supplierOf)
            implements TemplateRollup.Reviewed {
    }

    public record Generated(byte[] content, String sha256, String templateName, String templateVersion,
                            List<RolledAnswer> answers, int smelterRows) {
    }

    @Override
    public org.oretrace.kernel.cmrt.RmiTemplate kind() {
        return org.oretrace.kernel.cmrt.RmiTemplate.CMRT;
    }

    public Review review(CompanyCmrt cmrt, boolean formSdFiling) {
        return review(cmrt, formSdFiling, false);
    }

    @Override
    public Review review(CompanyCmrt cmrt, boolean formSdFiling, boolean policyDescribed) {
        ReportingYear year = ReportingYear.of(cmrt.getReportingYear());
        SmelterList smelters = new Consolidation(filing).smelterList(year, year.lastDay(), false);
        Map<Long, String> supplierOf = new HashMap<>();
        filing.acceptedDeclarations(year).forEach(d -> supplierOf.put(d.declarationId(), d.supplierName()));
        List<RollupInput.SupplierDeclaration> declarations = new ArrayList<>();
        for (RollupSources.DeclarationAnswers d : sources.acceptedAnswers(year.value())) {
            Map<String, String> answers = new HashMap<>();
            d.answers().forEach(a -> answers.put(RolledAnswer.key(a.question(), a.metal()), a.answer()));
            declarations.add(new RollupInput.SupplierDeclaration(d.declarationId(),
                    supplierOf.getOrDefault(d.declarationId(), d.companyName()), answers));
        }
        FilingSources.OutreachFacts outreach = filing.outreachFacts(year);
        Map<Metal, Long> unresolved = new EnumMap<>(Metal.class);
        smelters.unresolved().forEach(u -> unresolved.merge(u.metal(), 1L, Long::sum));
        RollupInput in = new RollupInput(declarations, outreach.suppliersSolicited(), outreach.suppliersResponded(),
                smelters.countPerMetal(ConsolidatedSmelter::coveredCountry), smelters.countPerMetal(s -> true), unresolved,
                filing.communications(year).correctiveActions(), formSdFiling, cmrt.getPolicyUrl(), policyDescribed);
        List<RolledAnswer> answers = RollupRules.answers(in).stream()
                .map(a -> cmrt.overrideOf(a.key()).map(a::overriddenBy).orElse(a)).collect(Collectors.toCollection(ArrayList::new));
        // an override of a question the rule leaves empty (Q2–Q8 after Q1 "No") still counts; keep those too
        for (AnswerOverride o : cmrt.getOverrides()) {
            if (answers.stream().noneMatch(a -> a.key().equals(o.getQuestionKey()))) {
                String[] parts = o.getQuestionKey().split("\\.");
                Metal metal = parts.length > 1 ? Metal.valueOf(parts[1]) : null;
                answers.add(RolledAnswer.of(parts[0], metal, null, null, "No rule: the question follows earlier answers",
                        List.of()).overriddenBy(o));
            }
        }
        requiredPlaceholders(answers);
        return new Review(List.copyOf(answers), smelters, supplierOf);
    }

    /**
     * An override can bring a metal into scope that the rule left out (Q1 "Yes" where no supplier declares it): the
     * questions the template then requires appear empty, to be answered by an override before generating.
     */
    private static void requiredPlaceholders(List<RolledAnswer> answers) {
        Map<String, RolledAnswer> byKey = answers.stream()
                .collect(Collectors.toMap(RolledAnswer::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (Metal m : RollupRules.METALS) {
            String q1 = answerOf(byKey, "1", m);
            String q2 = answerOf(byKey, "2", m);
            int last = !"Yes".equals(q1) ? 1 : !"Yes".equals(q2) ? 2 : 8;
            for (int q = 2; q <= last; q++) {
                if (!byKey.containsKey(RolledAnswer.key(String.valueOf(q), m))) {
                    RolledAnswer empty = RolledAnswer.of(String.valueOf(q), m, null, null,
                            "No rule: the template requires an answer because of the overrides above; override it", List.of());
                    answers.add(empty);
                    byKey.put(empty.key(), empty);
                }
            }
        }
    }

    private static String answerOf(Map<String, RolledAnswer> byKey, String q, Metal m) {
        RolledAnswer a = byKey.get(RolledAnswer.key(q, m));
        return a == null ? null : a.answer();
    }

    /**
     * The answers the template asks given the answers before them: Q2 after Q1 "Yes", Q3–Q8 after Q1 and Q2 "Yes" (an
     * override of Q1 to "No" leaves the rest of that metal empty, as a person filling the template would).
     */
    static List<RolledAnswer> asked(List<RolledAnswer> answers) {
        Map<String, RolledAnswer> byKey = answers.stream()
                .collect(Collectors.toMap(RolledAnswer::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        return answers.stream().filter(a -> {
            if (a.isCompanyQuestion() || a.question().equals("1")) {
                return true;
            }
            boolean q1 = "Yes".equals(answerOf(byKey, "1", a.metal()));
            return a.question().equals("2") ? q1 : q1 && "Yes".equals(answerOf(byKey, "2", a.metal()));
        }).toList();
    }

    /** Answers the template's Checker requires that are still empty (after overrides), as "Q2 Tin". */
    public static List<String> unanswered(List<RolledAnswer> answers) {
        Map<String, RolledAnswer> byKey = answers.stream()
                .collect(Collectors.toMap(RolledAnswer::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<String> open = new ArrayList<>();
        for (Metal m : RollupRules.METALS) {
            String q1 = answerOf(byKey, "1", m);
            int last = !"Yes".equals(q1) ? 1 : !"Yes".equals(answerOf(byKey, "2", m)) ? 2 : 8;
            for (int q = 1; q <= last; q++) {
                if (answerOf(byKey, String.valueOf(q), m) == null) {
                    open.add("Q" + q + " " + m.displayName());
                }
            }
        }
        return open;
    }

    /** Checks an override before it is stored: a key of the template, one of its answers, a reason. */
    public static String checkOverride(String key, String answer, String reason) {
        if (key == null || !key.matches("[1-8]\\.(TANTALUM|TIN|GOLD|TUNGSTEN)|[A-H]")) {
            throw new BusinessRuleException("Unknown question '" + key + "': use 1.TIN ... 8.GOLD or A ... H");
        }
        return AnswerOverride.checkedAnswer(key, answer, reason, CmrtChoices.of(key.substring(0, 1)));
    }

    @Override
    public String checkedOverride(String key, String answer, String reason) {
        return checkOverride(key, answer, reason);
    }

    @Override
    public List<String> choices(String key) {
        return key == null ? List.of() : CmrtChoices.of(key.substring(0, 1));
    }

    @Override
    public List<String> unansweredOf(List<RolledAnswer> answers) {
        return unanswered(answers);
    }

    public Generated generate(CompanyCmrt cmrt, Registrant registrant, boolean formSdFiling, LocalDate today) {
        return generate(cmrt, registrant, formSdFiling, false, today);
    }

    @Override
    public Generated generate(CompanyCmrt cmrt, Registrant registrant, boolean formSdFiling, boolean policyDescribed,
                              LocalDate today) {
        RollupSources.BlankTemplate template = sources.newestTemplate().orElseThrow(() -> new BusinessRuleException(
                "No blank CMRT uploaded yet: an administrator uploads RMI's blank template to a campaign (Outreach → Campaigns)"));
        List<String> missing = missing(cmrt, registrant);
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("Our CMRT needs " + String.join(", ", missing)
                    + " (filing workspace cover page, or this screen)");
        }
        Review review = review(cmrt, formSdFiling, policyDescribed);
        List<String> open = unanswered(review.answers());
        if (!open.isEmpty()) {
            throw new BusinessRuleException("The template requires answers to " + String.join(", ", open)
                    + ": override them with a reason before generating");
        }
        List<Metal> inScope = RollupRules.inScope(review.byKey());
        List<CmrtTemplateWriter.SmelterLine> lines = review.smelters().smelters().stream()
                .filter(s -> inScope.contains(s.metal()))
                .map(s -> new CmrtTemplateWriter.SmelterLine(s.smelterId(), s.metal(), s.name(), s.country())).toList();
        List<Metal> withoutSmelters = inScope.stream().filter(m -> lines.stream().noneMatch(l -> l.metal() == m)).toList();
        boolean product = cmrt.isProductLevel();
        CmrtTemplateWriter.Company company = company(cmrt, registrant, today);
        CmrtTemplateWriter.Written w = CmrtTemplateWriter.write(template.content(), company, asked(review.answers()), lines,
                withoutSmelters, product ? cmrt.productRows() : List.of());
        return new Generated(w.content(), FilingDocument.sha256(w.content()), template.fileName(), w.version(),
                review.answers(), w.smelterRows());
    }

    /** Our company as the cover page of the year's filing and this screen give it (both templates' rows). */
    static CmrtTemplateWriter.Company company(CompanyCmrt cmrt, Registrant registrant, LocalDate today) {
        boolean product = cmrt.isProductLevel();
        return new CmrtTemplateWriter.Company(registrant.getName(),
                product ? CmrtChoices.SCOPE_PRODUCT : CmrtChoices.SCOPE_COMPANY, cmrt.getScopeDescription(),
                registrant.getCommissionFileNumber(), registrant.getCommissionFileNumber() == null ? null
                : "SEC Commission file number", registrant.getAddress(), registrant.getContactName(), cmrt.getContactEmail(),
                registrant.getContactPhone(), registrant.getSignerName(), registrant.getSignerTitle(),
                cmrt.getAuthorizerEmail(), cmrt.getAuthorizerPhone(), today);
    }

    /** What the template's Checker requires that neither the cover page nor this screen gave. */
    public static List<String> missing(CompanyCmrt cmrt, Registrant r) {
        List<String> missing = new ArrayList<>();
        if (r == null) {
            missing.add("the year's filing workspace (its cover page gives our company information)");
            return missing;
        }
        if (blank(r.getName())) missing.add("the company name");
        if (blank(r.getContactName())) missing.add("the contact person");
        if (blank(r.getContactPhone())) missing.add("the contact phone");
        if (blank(r.getSignerName())) missing.add("the signer (authorizer)");
        if (blank(cmrt.getContactEmail()) || !cmrt.getContactEmail().contains("@")) missing.add("the contact's email");
        if (blank(cmrt.getAuthorizerEmail()) || !cmrt.getAuthorizerEmail().contains("@")) missing.add("the authorizer's email");
        if (cmrt.isProductLevel() && cmrt.productRows().isEmpty()) missing.add("at least one product (product-level)");
        return missing;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
