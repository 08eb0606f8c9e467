package org.oretrace.intake.application;

import org.oretrace.kernel.smelter.SmelterId;
import org.oretrace.intake.domain.Answer;
import org.oretrace.intake.domain.Company;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.intake.domain.Text;
import org.oretrace.kernel.Metal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The validation rules: RMI's Checker (required fields and answers) and what a compliance team
 * checks beyond it (consistency of answers and smelters, registry facts, sanctions). Works on a
 * declaration whose smelter rows are already resolved; plain Java, so every rule is testable.
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

    private final SmelterDirectory directory;

    public DeclarationRules(SmelterDirectory directory) {
        this.directory = directory;
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
        smelters(d, scopes, findings);
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

    private void smelters(Declaration d, Map<Metal, CheckerRules.MetalScope> scopes, List<Finding> out) {
        Map<Metal, Integer> rowsPerMetal = new EnumMap<>(Metal.class);
        Map<String, Integer> firstRowOf = new HashMap<>();
        Map<Metal, List<SmelterRow>> byMetal = new EnumMap<>(Metal.class);
        for (SmelterRow row : d.getSmelters()) {
            int r = row.getRow();
            Optional<SmelterDirectory.Facts> facts = Optional.ofNullable(row.getResolvedSmelterId())
                    .flatMap(directory::facts);
            Optional<Metal> typedMetal = Metal.fromText(row.getMetal());
            if (row.getMetal() != null && (typedMetal.isEmpty() || !METALS.contains(typedMetal.get()))) {
                out.add(smelterError(FindingCode.INVALID_ANSWER, "Row " + r + ": '" + row.getMetal()
                        + "' is not one of the metals tin, tantalum, tungsten or gold.", "B" + r));
            }
            if (row.getMetal() == null && row.getSmelterIdInput() == null) {
                out.add(smelterError(FindingCode.MISSING_REQUIRED_FIELD, "Row " + r + ": the metal is missing.",
                        "B" + r));
            }
            if (row.getSmelterIdInput() == null && row.getLookupName() == null && row.getName() == null) {
                out.add(smelterError(FindingCode.MISSING_REQUIRED_FIELD, "Row " + r
                        + ": please choose the smelter in the look-up column (or 'Smelter not listed').", "C" + r));
            }
            Metal metal = typedMetal.filter(METALS::contains).orElse(facts.map(SmelterDirectory.Facts::metal).orElse(null));
            if (metal != null) {
                byMetal.computeIfAbsent(metal, m -> new ArrayList<>()).add(row);
                // the Checker counts a row of the metal whose column C names a smelter (typed, or looked up by ID)
                if (row.getLookupName() != null || typedIdFacts(row).isPresent()) {
                    rowsPerMetal.merge(metal, 1, Integer::sum);
                }
            }
            if (row.isNotListed() && (row.getName() == null || row.getCountry() == null)) {
                out.add(smelterError(FindingCode.NOT_LISTED_INCOMPLETE, "Row " + r + " is 'Smelter not listed' "
                        + "without the smelter's " + (row.getName() == null ? "name" : "country")
                        + ". Please give its name (column D) and country (column E).",
                        (row.getName() == null ? "D" : "E") + r));
            }
            if (row.isNotYetIdentified()) {
                out.add(new Finding(FindingCode.SMELTER_NOT_YET_IDENTIFIED, Severity.WARNING, "Row " + r
                        + " says the smelter is not yet identified. Please name it when you know it.",
                        SMELTER_LIST, "C" + r));
                continue;
            }
            String typedId = row.getSmelterIdInput();
            Optional<SmelterDirectory.Facts> typedFacts = typedId == null ? Optional.empty()
                    : directory.facts(SmelterId.canonicalOrTyped(typedId));
            if (typedId != null && typedFacts.isEmpty()) {
                out.add(smelterError(FindingCode.UNKNOWN_SMELTER_ID, "Row " + r + ": the smelter ID '" + typedId
                        + "' is not in the RMI list. Please check it, or choose the smelter by name.", "A" + r));
            } else if (typedId != null && typedMetal.isPresent() && typedFacts.get().metal() != typedMetal.get()) {
                out.add(smelterError(FindingCode.SMELTER_ID_METAL_MISMATCH, "Row " + r + ": smelter " + typedId
                        + " (" + typedFacts.get().name() + ") processes " + typedFacts.get().metal().displayName()
                        + ", not " + row.getMetal() + ".", "B" + r));
            } else if (typedId == null && facts.isPresent() && typedMetal.isPresent()
                    && facts.get().metal() != typedMetal.get()) {
                out.add(smelterError(FindingCode.METAL_LOOKUP_MISMATCH, "Row " + r + ": '" + row.nameForMatching()
                        + "' is a " + facts.get().metal().displayName() + " smelter, but the row says "
                        + row.getMetal() + ".", "C" + r));
            } else if (typedId == null && facts.isEmpty() && typedMetal.isPresent() && row.nameForMatching() != null
                    && !row.isNotListed() && otherMetalKnows(row)) {
                out.add(smelterError(FindingCode.METAL_LOOKUP_MISMATCH, "Row " + r + ": '" + row.nameForMatching()
                        + "' is not a " + row.getMetal() + " smelter in the RMI list; it is listed for another metal. "
                        + "Please check the metal (column B) and the smelter (column C).", "C" + r));
            }
            if ("UNRESOLVED".equals(row.getMatchMethod()) && typedId == null && !hasMismatch(out, r)) {
                out.add(new Finding(FindingCode.UNRESOLVED_SMELTER, Severity.WARNING, "Row " + r + ": we could not "
                        + "identify the smelter '" + row.nameForMatching() + "'" + (row.getCountry() == null ? ""
                        : " (" + row.getCountry() + ")") + "; it is waiting for review.", SMELTER_LIST, "C" + r));
            }
            RedFlags.smelter(row, facts, typedId != null, out);
            String id = row.getResolvedSmelterId();
            if (id != null) {
                Integer first = firstRowOf.putIfAbsent(id, r);
                if (first != null) {
                    out.add(new Finding(FindingCode.DUPLICATE_SMELTER, Severity.WARNING, "Row " + r
                            + " lists the same smelter (" + id + ") as row " + first + ".", SMELTER_LIST,
                            (typedId != null ? "A" : "C") + r));
                }
            }
        }
        for (Metal metal : METALS) {
            CheckerRules.MetalScope scope = scopes.get(metal);
            int rows = rowsPerMetal.getOrDefault(metal, 0);
            List<SmelterRow> listed = byMetal.getOrDefault(metal, List.of());
            if (scope.detailsRequired() && rows == 0) {
                out.add(error(FindingCode.METAL_WITHOUT_SMELTERS, metal.displayName() + " is not excluded by questions 1 "
                        + "and 2, but the Smelter List has no " + metal.displayName() + " row with a smelter chosen in "
                        + "column C. Please list the smelters, or 'Smelter not yet identified'.", answerCell("1", metal)));
            } else if (CheckerRules.no(scope.q1()) && !listed.isEmpty()) {
                out.add(smelterError(FindingCode.SMELTERS_FOR_UNDECLARED_METAL, "The Smelter List has " + listed.size()
                        + " " + metal.displayName() + " smelter(s), but question 1 says " + metal.displayName()
                        + " is not used. Please correct question 1, or remove these rows.", "B" + listed.get(0).getRow()));
            } else if (scope.outOfScope() && !listed.isEmpty()) {
                out.add(new Finding(FindingCode.SMELTERS_FOR_UNDECLARED_METAL, Severity.WARNING, "The Smelter List has "
                        + listed.size() + " " + metal.displayName() + " smelter(s), but question 2 puts "
                        + metal.displayName() + " out of scope (not in the product): they are kept but not counted.",
                        SMELTER_LIST, "B" + listed.get(0).getRow()));
            }
            if (scope.inScope() && d.answer("5", metal).map(a -> a.is("Yes")).orElse(false)) {
                recycled(metal, listed, out);
            }
        }
    }

    private Optional<SmelterDirectory.Facts> typedIdFacts(SmelterRow row) {
        return row.getSmelterIdInput() == null ? Optional.empty() : directory.facts(SmelterId.canonicalOrTyped(row.getSmelterIdInput()));
    }

    private static boolean hasMismatch(List<Finding> out, int row) {
        return out.stream().anyMatch(f -> f.getCode() == FindingCode.METAL_LOOKUP_MISMATCH
                && ("C" + row).equals(f.getCell()));
    }

    /** The look-up name belongs to a smelter of another metal (the supplier picked the wrong metal first). */
    private boolean otherMetalKnows(SmelterRow row) {
        Metal typed = Metal.fromText(row.getMetal()).orElse(null);
        for (Metal other : METALS) {
            if (other != typed && directory.resolve(other, row.nameForMatching(), row.getCountry(), null).resolved()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Question 5 "Yes" claims that every smelter of the metal works from recycled or scrap material. A row
     * contradicts it when column P says "No" or the registry knows the smelter is no recycler; a row supports it
     * when column P says "Yes" or the registry knows the smelter as a recycler; any other row leaves the claim
     * unconfirmed (the registry knows few recyclers, so this is a warning, not an error).
     */
    private void recycled(Metal metal, List<SmelterRow> rows, List<Finding> out) {
        List<Integer> saysNo = new ArrayList<>();
        List<Integer> notRecyclers = new ArrayList<>();
        List<Integer> unconfirmed = new ArrayList<>();
        for (SmelterRow row : rows) {
            if (row.isNotYetIdentified()) {
                continue;
            }
            Boolean recycler = Optional.ofNullable(row.getResolvedSmelterId()).flatMap(directory::facts)
                    .map(SmelterDirectory.Facts::recycler).orElse(null);
            String columnP = row.getRecycledOrScrap();
            if (Text.equalsIgnoreCase(columnP, "No")) {
                saysNo.add(row.getRow());
            } else if (Boolean.FALSE.equals(recycler)) {
                notRecyclers.add(row.getRow());
            } else if (!Text.equalsIgnoreCase(columnP, "Yes") && !Boolean.TRUE.equals(recycler)) {
                unconfirmed.add(row.getRow());
            }
        }
        List<String> problems = new ArrayList<>();
        if (!saysNo.isEmpty()) {
            problems.add(rows(saysNo) + (saysNo.size() == 1 ? " says" : " say")
                    + " the smelter is not 100% recycled or scrap (column P)");
        }
        if (!notRecyclers.isEmpty()) {
            problems.add(rows(notRecyclers) + (notRecyclers.size() == 1 ? " names a smelter that is not a recycler"
                    : " name smelters that are not recyclers") + " of " + metal.displayName());
        }
        if (!unconfirmed.isEmpty()) {
            problems.add("for " + rows(unconfirmed) + " neither column P nor our smelter registry says the smelter "
                    + "is a recycler");
        }
        if (!problems.isEmpty()) {
            out.add(warning(FindingCode.RECYCLED_CLAIM_INCONSISTENT, "Question 5 says all " + metal.displayName()
                    + " comes from recycled or scrap sources, but in the Smelter List " + String.join("; ", problems)
                    + ". Please correct question 5, or answer column P for each smelter.", answerCell("5", metal)));
        }
    }

    /** "row 6" or "rows 6, 9 and 12", at most ten numbers. */
    private static String rows(List<Integer> rows) {
        if (rows.size() == 1) {
            return "row " + rows.get(0);
        }
        List<String> shown = rows.stream().limit(10).map(String::valueOf).toList();
        String more = rows.size() > 10 ? " and " + (rows.size() - 10) + " more" : "";
        return "rows " + String.join(", ", shown.subList(0, shown.size() - (more.isEmpty() ? 1 : 0)))
                + (more.isEmpty() ? " and " + shown.get(shown.size() - 1) : more);
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

    private static Finding error(FindingCode code, String message, String cell) {
        return new Finding(code, Severity.ERROR, message, DECLARATION, cell);
    }

    private static Finding warning(FindingCode code, String message, String cell) {
        return new Finding(code, Severity.WARNING, message, DECLARATION, cell);
    }

    private static Finding smelterError(FindingCode code, String message, String cell) {
        return new Finding(code, Severity.ERROR, message, SMELTER_LIST, cell);
    }
}
