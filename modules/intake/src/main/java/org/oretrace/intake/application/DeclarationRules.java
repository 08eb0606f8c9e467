package org.oretrace.intake.application;

import org.oretrace.intake.domain.Answer;
import org.oretrace.intake.domain.Company;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.kernel.Metal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The validation rules: RMI's Checker (required fields and answers) and what a compliance team
 * checks beyond it (consistency of answers and smelters, registry facts, sanctions). Works on a
 * declaration whose smelter rows are already resolved; plain Java, so every rule is testable. The Smelter List's
 * rules are in {@link SmelterListRules}, the Checker's own in {@link CheckerRules}.
 */
public class DeclarationRules {

    static final String DECLARATION = "Declaration";
    static final String SMELTER_LIST = "Smelter List";
    static final String PRODUCT_LIST = "Product List";

    static final List<Metal> METALS = List.of(Metal.TANTALUM, Metal.TIN, Metal.GOLD, Metal.TUNGSTEN);
    static final Set<String> SCOPES = Set.of("A. Company", "B. Product (or List of Products)",
            "C. User defined [Specify in 'Description of scope']");
    static final List<String> YES_NO = List.of("Yes", "No");
    static final List<String> YES_NO_UNKNOWN = List.of("Yes", "No", "Unknown");
    static final List<String> Q6_ANSWERS = List.of("100%", "Greater than 90%", "Greater than 75%",
            "Greater than 50%", "50% or less", "None");
    static final List<String> E_ANSWERS = List.of("Yes, in conformance with IPC1755 (e.g., CMRT)",
            "Yes, using other format (describe)", "No");
    static final List<String> H_ANSWERS = List.of("Yes, with the SEC", "Yes, with the EU",
            "Yes, with the SEC and the EU", "No");

    static final Pattern EMAIL = Pattern.compile("^[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;.]{2,}$");
    private static final Set<String> NOT_A_PERSON = Set.of("same", "same as above", "as above", "ditto", "see above",
            "idem", "same as contact", "same as authorizer", "-", "--", ".", "x", "na", "n/a", "none");

    private final SmelterListRules smelterList;

    public DeclarationRules(SmelterDirectory directory) {
        this.smelterList = new SmelterListRules(directory);
    }

    public List<Finding> check(Declaration d, LocalDate today, boolean macroEnabled) {
        List<Finding> findings = new ArrayList<>();
        CheckerRules.company(d, findings);
        company(d, today, findings);
        CheckerRules.scope(d, findings);
        Map<Metal, CheckerRules.MetalScope> scopes = CheckerRules.scopes(d);
        CheckerRules.answers(d, scopes, findings);
        answerValues(d, scopes, findings);
        CheckerRules.companyQuestions(d, scopes, findings);
        companyAnswerValues(d, findings);
        smelterList.check(d, scopes, findings);
        template(d, macroEnabled, findings);
        return findings;
    }

    /** Beyond the Checker: a person named, a date that is a date and fits the year asked about. */
    private static void company(Declaration d, LocalDate today, List<Finding> out) {
        Company c = d.getCompany();
        person(c.getContactName(), "D15", "contact", out);
        person(c.getAuthorizer(), "D18", "authorizer", out);
        if (c.getEffectiveDateText() != null) {
            out.add(error(FindingCode.INVALID_DATE, "The effective date '" + c.getEffectiveDateText()
                    + "' is not a date. Please pick the date from the calendar or type it as 2025-01-31.", "D22"));
        }
        LocalDate date = c.getEffectiveDate();
        if (date != null && date.isAfter(today)) {
            out.add(error(FindingCode.FUTURE_EFFECTIVE_DATE, "The effective date " + date
                    + " is in the future. Please give the date on which this declaration was completed.", "D22"));
        }
        Integer year = d.getReportingYear();
        if (date != null && year != null && date.isBefore(LocalDate.of(year, 1, 1))) {
            out.add(error(FindingCode.STALE_EFFECTIVE_DATE, "The effective date " + date
                    + " is before the reporting year " + year + " we asked about. Please send a declaration "
                    + "that covers " + year + ".", "D22"));
        }
    }

    private static void person(String value, String cell, String role, List<Finding> out) {
        if (value != null && NOT_A_PERSON.contains(value.strip().toLowerCase(Locale.ROOT))) {
            out.add(error(FindingCode.CONTACT_SAME, "The " + role + " is given as '" + value
                    + "'. Please name the person, so that we know whom to ask.", cell));
        }
    }

    /**
     * Beyond the Checker's "answered or not": values outside the template's lists, answers given for a metal that
     * questions 1 and 2 exclude, and what in-scope answers say about risk.
     */
    private static void answerValues(Declaration d, Map<Metal, CheckerRules.MetalScope> scopes, List<Finding> out) {
        for (Metal metal : METALS) {
            CheckerRules.MetalScope scope = scopes.get(metal);
            for (int q = 1; q <= 8; q++) {
                String question = Integer.toString(q);
                List<String> allowed = q == 6 ? Q6_ANSWERS : q <= 2 || q >= 7 ? YES_NO : YES_NO_UNKNOWN;
                String value = d.answer(question, metal).map(Answer::getAnswer).orElse(null);
                String cell = answerCell(question, metal);
                if (value == null) {
                    continue;
                }
                if (!allowed.contains(value)) {
                    invalid(question, metal, value, allowed, cell, out);
                } else if (q >= 3 && scope.excluded() || q == 2 && CheckerRules.no(scope.q1()) && CheckerRules.yes(value)) {
                    out.add(warning(FindingCode.INVALID_ANSWER, "Question " + q + " is answered '" + value + "' for "
                            + metal.displayName() + ", but " + (CheckerRules.no(scope.q1()) ? "question 1 says the metal "
                            + "is not used" : "question 2 puts the metal out of scope") + ", so the answer does not "
                            + "count. Please clear it, or correct questions 1 and 2.", cell));
                } else if (scope.inScope()) {
                    sourcing(q, metal, value, cell, out);
                }
            }
        }
    }

    private static void sourcing(int q, Metal metal, String value, String cell, List<Finding> out) {
        if (q == 3 && "Yes".equals(value)) {
            out.add(warning(FindingCode.COVERED_COUNTRY_SOURCING, metal.displayName()
                    + " comes at least in part from the DRC or an adjoining country (question 3). We will ask for "
                    + "the due diligence on these smelters.", cell));
        } else if (q == 6 && ("50% or less".equals(value) || "None".equals(value))) {
            out.add(warning(FindingCode.LOW_SUPPLIER_RESPONSE, "Only '" + value + "' of your suppliers answered for "
                    + metal.displayName() + " (question 6). Please follow up with your suppliers and send an updated "
                    + "declaration.", cell));
        } else if ((q == 7 || q == 8) && "No".equals(value)) {
            out.add(warning(FindingCode.INCOMPLETE_SMELTER_LIST, "Question " + q + " says that not all smelters "
                    + "for " + metal.displayName() + " are identified or reported, so the Smelter List is incomplete.",
                    cell));
        }
    }

    private static void invalid(String q, Metal metal, String value, List<String> allowed, String cell,
                                List<Finding> out) {
        out.add(error(FindingCode.INVALID_ANSWER, "The answer '" + value + "' to question " + q
                + (metal == null ? "" : " for " + metal.displayName()) + " is not one of the template's choices ("
                + String.join(", ", allowed) + "). Please pick it from the list.", cell));
    }

    private static void companyAnswerValues(Declaration d, List<Finding> out) {
        for (char q = 'A'; q <= 'H'; q++) {
            String question = String.valueOf(q);
            String value = d.answer(question, null).map(Answer::getAnswer).orElse(null);
            List<String> allowed = q == 'E' ? E_ANSWERS : q == 'H' ? H_ANSWERS : YES_NO;
            if (value != null && !allowed.contains(value)) {
                invalid(question, null, value, allowed, "D" + (75 + 2 * (q - 'A')), out);
            }
        }
    }

    private static void template(Declaration d, boolean macroEnabled, List<Finding> out) {
        String expected = d.getExpectedTemplateVersion();
        String actual = d.getTemplateVersion();
        if (expected != null && actual != null && new BigDecimal(actual).compareTo(new BigDecimal(expected)) < 0) {
            out.add(warning(FindingCode.OUTDATED_TEMPLATE, "The declaration uses CMRT revision " + actual
                    + "; we asked for revision " + expected + " or newer. Please use the current template next time.",
                    "J3"));
        }
        if (macroEnabled) {
            out.add(new Finding(FindingCode.MACRO_ENABLED_WORKBOOK, Severity.INFO, "The workbook is macro-enabled "
                    + "(.xlsm); it was read without running its macros. Please send a plain .xlsx next time.",
                    null, null));
        }
    }

    static String answerCell(String question, Metal metal) {
        return "D" + (26 + (Integer.parseInt(question) - 1) * 6 + METALS.indexOf(metal));
    }

    static Finding error(FindingCode code, String message, String cell) {
        return new Finding(code, Severity.ERROR, message, DECLARATION, cell);
    }

    static Finding warning(FindingCode code, String message, String cell) {
        return new Finding(code, Severity.WARNING, message, DECLARATION, cell);
    }

    static Finding smelterError(FindingCode code, String message, String cell) {
        return new Finding(code, Severity.ERROR, message, SMELTER_LIST, cell);
    }
}
