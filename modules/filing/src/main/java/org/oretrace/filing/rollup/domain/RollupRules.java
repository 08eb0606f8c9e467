package org.oretrace.filing.rollup.domain;

import org.oretrace.kernel.Metal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The roll-up of our suppliers' answers into our own CMRT's answers, one rule per question (the README's table).
 * A metal is in scope for a supplier when its Q1 and Q2 are "Yes", as the template's Checker counts it.
 */
public final class RollupRules {

    /** The order of the Declaration sheet's metal rows. */
    public static final List<Metal> METALS = List.of(Metal.TANTALUM, Metal.TIN, Metal.GOLD, Metal.TUNGSTEN);

    private RollupRules() {
    }

    public static List<RolledAnswer> answers(RollupInput in) {
        List<RolledAnswer> out = new ArrayList<>();
        for (Metal m : METALS) {
            metal(in, m, out);
        }
        company(in, out);
        return out;
    }

    private static void metal(RollupInput in, Metal m, List<RolledAnswer> out) {
        String name = m.displayName();
        List<RollupInput.SupplierDeclaration> q1Yes = with(in, d -> yes(d.answer("1", m)));
        out.add(RolledAnswer.of("1", m, q1Yes.isEmpty() ? "No" : "Yes", count(q1Yes, in) + " declare " + name,
                "Yes when any accepted declaration answers Q1 \"Yes\" for " + name + " (" + q1Yes.size() + " of "
                        + in.declarations().size() + ")", ids(q1Yes)));
        if (q1Yes.isEmpty()) {
            return;
        }
        List<RollupInput.SupplierDeclaration> inScope = with(in, d -> yes(d.answer("1", m)) && yes(d.answer("2", m)));
        out.add(RolledAnswer.of("2", m, inScope.isEmpty() ? "No" : "Yes", count(inScope, in) + " say " + name
                + " remains in the product", "Yes when any declaration with Q1 \"Yes\" answers Q2 \"Yes\" (" + inScope.size()
                + " of " + q1Yes.size() + ")", ids(inScope)));
        if (inScope.isEmpty()) {
            return;
        }
        long covered = in.coveredCountrySmelters().getOrDefault(m, 0L);
        List<RollupInput.SupplierDeclaration> q3Yes = filter(inScope, d -> yes(d.answer("3", m)));
        String q3 = !q3Yes.isEmpty() || covered > 0 ? "Yes" : anyNotNo(inScope, "3", m) ? "Unknown" : "No";
        out.add(RolledAnswer.of("3", m, q3, q3Yes.size() + " suppliers answered Yes; " + covered
                        + " smelters on our list are in a covered country",
                "Yes when an in-scope supplier answers \"Yes\" or a smelter on our list is in a covered country; Unknown when "
                        + "one answers \"Unknown\" or nothing; else No", ids(q3Yes.isEmpty() ? inScope : q3Yes)));
        List<RollupInput.SupplierDeclaration> q4Yes = filter(inScope, d -> yes(d.answer("4", m)));
        out.add(RolledAnswer.of("4", m, SupplierAnswers.anyYes(inScope, "4", m),
                q4Yes.size() + " suppliers answered Yes", "Yes when an in-scope supplier answers \"Yes\"; Unknown when one "
                        + "answers \"Unknown\" or nothing; else No", ids(q4Yes.isEmpty() ? inScope : q4Yes)));
        List<RollupInput.SupplierDeclaration> q5No = filter(inScope, d -> no(d.answer("5", m)));
        out.add(RolledAnswer.of("5", m, SupplierAnswers.allYes(inScope, "5", m),
                filter(inScope, d -> yes(d.answer("5", m))).size() + " of " + inScope.size() + " in-scope suppliers answer Yes",
                "Yes only when every in-scope supplier answers \"Yes\"; No when any answers \"No\"; else Unknown",
                ids(q5No.isEmpty() ? inScope : q5No)));
        out.add(RolledAnswer.of("6", m, responseRate(in.responded(), in.solicited()), in.responded() + " of "
                        + in.solicited() + " suppliers asked in our campaign responded",
                "Our campaign's response rate: responded ÷ solicited, in the template's bands", List.of()));
        long unresolved = in.unresolvedNames().getOrDefault(m, 0L);
        boolean allIdentified = inScope.stream().allMatch(d -> yes(d.answer("7", m)));
        boolean complete = in.solicited() > 0 && in.responded() == in.solicited();
        out.add(RolledAnswer.of("7", m, allIdentified && complete && unresolved == 0 ? "Yes" : "No",
                filter(inScope, d -> yes(d.answer("7", m))).size() + " of " + inScope.size() + " suppliers identified all; "
                        + unresolved + " names unresolved",
                "Yes when every in-scope supplier answers \"Yes\", every supplier asked responded and no name is unresolved; "
                        + "else No", ids(inScope)));
        boolean allReported = inScope.stream().allMatch(d -> yes(d.answer("8", m)));
        out.add(RolledAnswer.of("8", m, allReported && unresolved == 0 ? "Yes" : "No",
                in.smelters().getOrDefault(m, 0L) + " smelters listed; " + unresolved + " names unresolved",
                "Yes when every in-scope supplier answers \"Yes\" and every smelter they named is on our list (no unresolved "
                        + "name); else No", ids(inScope)));
    }

    private static void company(RollupInput in, List<RolledAnswer> out) {
        out.add(CompanyQuestions.policy(in));
        out.add(CompanyQuestions.policyPublished(in));
        out.add(RolledAnswer.of("C", null, "No", null, "Oretrace holds no supplier contract terms: No unless overridden",
                List.of()));
        out.add(CompanyQuestions.dueDiligence(in));
        out.add(CompanyQuestions.survey(in, CmrtChoices.E.get(0), "CMRT"));
        out.add(CompanyQuestions.reviewed(in));
        out.add(CompanyQuestions.correctiveAction(in));
        out.add(RolledAnswer.of("H", null, in.formSdFiling() ? CmrtChoices.H.get(0) : "No", null,
                "Yes, with the SEC, when the year has a Form SD filing in Oretrace", List.of()));
    }

    /** The template's Q6 bands for responded ÷ solicited. */
    public static String responseRate(int responded, int solicited) {
        if (solicited <= 0 || responded <= 0) {
            return "None";
        }
        if (responded >= solicited) {
            return "100%";
        }
        double rate = responded * 100.0 / solicited;
        return rate > 90 ? "Greater than 90%" : rate > 75 ? "Greater than 75%" : rate > 50 ? "Greater than 50%" : "50% or less";
    }

    /** The metals our CMRT declares in scope (Q1 and Q2 "Yes") with the given answers (overrides applied). */
    public static List<Metal> inScope(Map<String, RolledAnswer> byKey) {
        return METALS.stream().filter(m -> yes(answer(byKey, "1", m)) && yes(answer(byKey, "2", m))).toList();
    }

    private static String answer(Map<String, RolledAnswer> byKey, String q, Metal m) {
        RolledAnswer a = byKey.get(RolledAnswer.key(q, m));
        return a == null ? null : a.answer();
    }

    private static boolean anyNotNo(List<RollupInput.SupplierDeclaration> list, String q, Metal m) {
        return list.stream().anyMatch(d -> !no(d.answer(q, m)));
    }

    private static List<RollupInput.SupplierDeclaration> with(RollupInput in, Predicate<RollupInput.SupplierDeclaration> p) {
        return filter(in.declarations(), p);
    }

    private static List<RollupInput.SupplierDeclaration> filter(List<RollupInput.SupplierDeclaration> list,
                                                                Predicate<RollupInput.SupplierDeclaration> p) {
        return SupplierAnswers.filter(list, p);
    }

    static String count(List<RollupInput.SupplierDeclaration> list, RollupInput in) {
        return list.size() + " of " + in.declarations().size() + " suppliers";
    }

    private static List<Long> ids(List<RollupInput.SupplierDeclaration> list) {
        return SupplierAnswers.ids(list);
    }

    static boolean yes(String v) {
        return SupplierAnswers.yes(v);
    }

    static boolean no(String v) {
        return SupplierAnswers.no(v);
    }
}
