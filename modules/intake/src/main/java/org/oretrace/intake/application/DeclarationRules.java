package org.oretrace.intake.application;

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

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;.]{2,}$");
    private static final Pattern URL = Pattern.compile("(?i)(https?://|www\\.)\\S+|\\b[\\w-]+(\\.[\\w-]+)+/\\S*");
    private static final Set<String> NOT_A_PERSON = Set.of("same", "same as above", "as above", "ditto", "see above",
            "idem", "same as contact", "same as authorizer", "-", "--", ".", "x", "na", "n/a", "none");
    private static final Set<String> NOT_AVAILABLE = Set.of("n/a", "na", "not available");

    private final SmelterDirectory directory;

    public DeclarationRules(SmelterDirectory directory) {
        this.directory = directory;
    }

    public List<Finding> check(Declaration d, LocalDate today, boolean macroEnabled) {
        List<Finding> findings = new ArrayList<>();
        company(d, today, findings);
        scope(d, findings);
        Map<Metal, Boolean> declared = answers(d, findings);
        companyQuestions(d, declared.containsValue(true), findings);
        smelters(d, declared, findings);
        template(d, macroEnabled, findings);
        return findings;
    }

    private static void company(Declaration d, LocalDate today, List<Finding> out) {
        Company c = d.getCompany();
        required(c.getName(), "D8", "the company name", out);
        required(c.getContactName(), "D15", "the contact person's name", out);
        required(c.getContactEmail(), "D16", "the contact person's email", out);
        required(c.getContactPhone(), "D17", "the contact person's phone number", out);
        required(c.getAuthorizer(), "D18", "the name of the person who authorizes the declaration", out);
        required(c.getAuthorizerEmail(), "D20", "the authorizer's email", out);
        if (c.getEffectiveDate() == null && c.getEffectiveDateText() == null) {
            required(null, "D22", "the effective date", out);
        }
        email(c.getContactEmail(), "D16", "contact email", out);
        email(c.getAuthorizerEmail(), "D20", "authorizer's email", out);
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

    private static void required(String value, String cell, String what, List<Finding> out) {
        if (Text.isBlank(value)) {
            out.add(error(FindingCode.MISSING_REQUIRED_FIELD, "Please fill in " + what + " (required).", cell));
        }
    }

    private static void email(String value, String cell, String what, List<Finding> out) {
        if (Text.isBlank(value) || NOT_AVAILABLE.contains(value.strip().toLowerCase(Locale.ROOT))) {
            return;
        }
        if (!EMAIL.matcher(value.strip()).matches()) {
            out.add(error(FindingCode.INVALID_EMAIL, "The " + what + " '" + value
                    + "' is not a valid email address. Please give one address, like name@company.com.", cell));
        }
    }

    private static void person(String value, String cell, String role, List<Finding> out) {
        if (value != null && NOT_A_PERSON.contains(value.strip().toLowerCase(Locale.ROOT))) {
            out.add(error(FindingCode.CONTACT_SAME, "The " + role + " is given as '" + value
                    + "'. Please name the person, so that we know whom to ask.", cell));
        }
    }

    private static void scope(Declaration d, List<Finding> out) {
        String scope = d.getScope();
        if (Text.isBlank(scope)) {
            out.add(error(FindingCode.MISSING_REQUIRED_FIELD, "Please choose the declaration scope (required).", "D9"));
            return;
        }
        if (!SCOPES.contains(scope)) {
            out.add(error(FindingCode.INVALID_ANSWER, "The declaration scope '" + scope
                    + "' is not one of the template's choices. Please pick it from the list.", "D9"));
            return;
        }
        switch (scope.charAt(0)) {
            case 'A' -> out.add(new Finding(FindingCode.COMPANY_LEVEL_DECLARATION, Severity.WARNING,
                    "The declaration covers the whole company, not the products you supply to us. Where possible, "
                            + "please declare for our products (scope B) so that the smelters listed are those in our parts.",
                    DECLARATION, "D9"));
            case 'B' -> {
                if (d.getProducts().isEmpty()) {
                    out.add(new Finding(FindingCode.SCOPE_PRODUCTS_MISSING, Severity.ERROR, "The scope is 'Product', "
                            + "but the Product List is empty. Please list the products this declaration covers.",
                            PRODUCT_LIST, "B6"));
                }
            }
            default -> {
                if (Text.isBlank(d.getScopeDescription())) {
                    out.add(error(FindingCode.SCOPE_DESCRIPTION_MISSING, "The scope is 'User defined', but its "
                            + "description is empty. Please describe what the declaration covers.", "D10"));
                }
            }
        }
    }

    /** Questions 1–8 per metal; returns which metals the supplier declares (Q1 or Q2 "Yes"). */
    private static Map<Metal, Boolean> answers(Declaration d, List<Finding> out) {
        Map<Metal, Boolean> declared = new EnumMap<>(Metal.class);
        for (Metal metal : METALS) {
            boolean inScope = false;
            for (String q : List.of("1", "2")) {
                Optional<Answer> a = d.answer(q, metal);
                String cell = answerCell(q, metal);
                String value = a.map(Answer::getAnswer).orElse(null);
                if (value == null) {
                    out.add(error(FindingCode.MISSING_ANSWER, "Question " + q + " is not answered for "
                            + metal.displayName() + ".", cell));
                } else if (!YES_NO.contains(value)) {
                    invalid(q, metal, value, YES_NO, cell, out);
                } else if ("Yes".equals(value)) {
                    inScope = true;
                }
            }
            declared.put(metal, inScope);
            for (int q = 3; q <= 8; q++) {
                String question = Integer.toString(q);
                List<String> allowed = q == 6 ? Q6_ANSWERS : q <= 5 ? YES_NO_UNKNOWN : YES_NO;
                String value = d.answer(question, metal).map(Answer::getAnswer).orElse(null);
                String cell = answerCell(question, metal);
                if (value == null) {
                    if (inScope) {
                        out.add(error(FindingCode.MISSING_ANSWER, "Question " + q + " is not answered for "
                                + metal.displayName() + ", which you declare in question 1 or 2.", cell));
                    }
                } else if (!allowed.contains(value)) {
                    invalid(question, metal, value, allowed, cell, out);
                } else if (!inScope) {
                    out.add(warning(FindingCode.INVALID_ANSWER, "Question " + q + " is answered '" + value + "' for "
                            + metal.displayName() + ", but questions 1 and 2 say the metal is not used. Please clear "
                            + "the answers for metals you do not use, or correct question 1 and 2.", cell));
                } else {
                    sourcing(q, metal, value, cell, out);
                }
            }
        }
        return declared;
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

    private static void companyQuestions(Declaration d, boolean anyMetal, List<Finding> out) {
        for (char q = 'A'; q <= 'H'; q++) {
            String question = String.valueOf(q);
            Answer a = d.answer(question, null).orElse(null);
            String value = a == null ? null : a.getAnswer();
            String cell = "D" + (75 + 2 * (q - 'A'));
            List<String> allowed = q == 'E' ? E_ANSWERS : q == 'H' ? H_ANSWERS : YES_NO;
            if (value == null) {
                if (anyMetal) {
                    out.add(error(FindingCode.MISSING_ANSWER, "Company question " + q + " is not answered.", cell));
                }
            } else if (!allowed.contains(value)) {
                invalid(question, null, value, allowed, cell, out);
            } else if (q == 'B' && "Yes".equals(value) && (a.getComment() == null
                    || !URL.matcher(a.getComment()).find())) {
                out.add(error(FindingCode.POLICY_URL_MISSING, "Company question B says your conflict minerals policy "
                        + "is publicly available: please give its web address in the comment.", "G77"));
            }
        }
    }

    private void smelters(Declaration d, Map<Metal, Boolean> declared, List<Finding> out) {
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
                rowsPerMetal.merge(metal, 1, Integer::sum);
                byMetal.computeIfAbsent(metal, m -> new ArrayList<>()).add(row);
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
                    : directory.facts(normalizeId(typedId));
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
            if (facts.isPresent() && facts.get().sanctioned()) {
                out.add(smelterError(FindingCode.SANCTIONED_SMELTER, "Row " + r + ": " + facts.get().name() + " ("
                        + facts.get().smelterId() + ") is on a sanctions list. Please confirm whether this smelter "
                        + "is in your supply chain and tell us your plan to remove it.",
                        (typedId != null ? "A" : "C") + r));
            }
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
            boolean isDeclared = declared.getOrDefault(metal, false);
            int rows = rowsPerMetal.getOrDefault(metal, 0);
            if (isDeclared && rows == 0) {
                out.add(error(FindingCode.METAL_WITHOUT_SMELTERS, metal.displayName() + " is declared in question 1 "
                        + "or 2, but the Smelter List has no " + metal.displayName() + " smelter. Please list the "
                        + "smelters, or 'Smelter not yet identified'.", answerCell("1", metal)));
            } else if (!isDeclared && rows > 0) {
                out.add(new Finding(FindingCode.SMELTERS_FOR_UNDECLARED_METAL, Severity.WARNING, "The Smelter List "
                        + "has " + rows + " " + metal.displayName() + " smelter(s), but questions 1 and 2 say "
                        + metal.displayName() + " is not used.", SMELTER_LIST, "B" + byMetal.get(metal).get(0).getRow()));
            }
            if (isDeclared && d.answer("5", metal).map(a -> a.is("Yes")).orElse(false)) {
                recycled(metal, byMetal.getOrDefault(metal, List.of()), out);
            }
        }
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

    /** "cid1234", "CID 001234" and "CID001234" name the same smelter. */
    public static String normalizeId(String typed) {
        String digits = typed.replaceAll("(?i)^\\s*cid\\s*", "").strip();
        if (digits.matches("\\d{1,6}")) {
            return "CID" + "0".repeat(6 - digits.length()) + digits;
        }
        return typed.strip().toUpperCase(Locale.ROOT);
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
