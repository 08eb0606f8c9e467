package org.oretrace.intake.application;

import org.oretrace.intake.domain.Answer;
import org.oretrace.intake.domain.Company;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.ProductRow;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.Text;
import org.oretrace.kernel.Metal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The required-answer rules of RMI's own {@code Checker} sheet, as its formulas have them. The Checker of every
 * CMRT version from 6.01 to 6.5 has the same logic (the versions differ only in how formulas are stored); the
 * parity test {@code CheckerParityTest} proves these rules against each version's formulas, recalculated by
 * LibreOffice. Every item the Checker counts as incomplete is an ERROR here at the cell the Checker points to:
 * <ul>
 * <li>D8, D9, D15, D17, D18, D22 filled; D16 and D20 contain "@" ({@code G8 = IF(ISNUMBER(SEARCH("@",B8)),0,1)});
 * D10 when the scope is neither A nor B; Product List B6 when the scope is B.</li>
 * <li>Q1 for every metal; Q2 unless Q1 is "No"; Q3–Q8 and a smelter row unless Q1 or Q2 is "No"
 * ({@code F24 = IF(OR(B14="No",B19="No"),0,1)}). The Checker counts Q2 only when Q1 is "Yes", and Q3–Q8 only when
 * both are "Yes" ({@code B24 = IF(AND($B$14="Yes",$B$19="Yes"),Declaration!D38,0)}).</li>
 * <li>Company questions A–H when any metal needs Q3–Q8 ({@code F54 = IF(SUM(F$24:F$27)=0,0,1)}); G77 longer
 * than one character when B is "Yes".</li>
 * </ul>
 * Q1 "Yes" with Q2 "No" puts the metal out of scope: an INFO finding says so, and nothing more is asked about it.
 */
final class CheckerRules {

    static final String DECLARATION = "Declaration";
    static final String PRODUCT_LIST = "Product List";
    static final List<Metal> METALS = List.of(Metal.TANTALUM, Metal.TIN, Metal.GOLD, Metal.TUNGSTEN);
    static final String SCOPE_A = "A. Company";
    static final String SCOPE_B = "B. Product (or List of Products)";

    private static final Pattern URL = Pattern.compile("(?i)(https?://|www\\.)\\S+|\\b[\\w-]+(\\.[\\w-]+)+/\\S*");

    private CheckerRules() {
    }

    /** How the Checker sees one metal's questions 1 and 2. */
    record MetalScope(Metal metal, String q1, String q2) {

        /** Q2 as the Checker counts it: only after Q1 "Yes" ({@code B19 = IF($B$14="Yes",Declaration!D32,0)}). */
        String countedQ2() {
            return yes(q1) ? q2 : null;
        }

        /** Q1 or Q2 "No": nothing more is required. */
        boolean excluded() {
            return no(q1) || no(countedQ2());
        }

        /** Q3–Q8, a smelter and the company questions are required (the Checker's F24). */
        boolean detailsRequired() {
            return !excluded();
        }

        /** Q1 and Q2 "Yes": the metal is in scope and its details count. */
        boolean inScope() {
            return yes(q1) && yes(countedQ2());
        }

        /** Q1 "Yes", Q2 "No": used in the process only. */
        boolean outOfScope() {
            return yes(q1) && no(q2);
        }
    }

    static Map<Metal, MetalScope> scopes(Declaration d) {
        Map<Metal, MetalScope> scopes = new EnumMap<>(Metal.class);
        for (Metal metal : METALS) {
            scopes.put(metal, new MetalScope(metal, value(d, "1", metal), value(d, "2", metal)));
        }
        return scopes;
    }

    static boolean yes(String value) {
        return Text.equalsIgnoreCase(value, "Yes");
    }

    static boolean no(String value) {
        return Text.equalsIgnoreCase(value, "No");
    }

    private static String value(Declaration d, String question, Metal metal) {
        return d.answer(question, metal).map(Answer::getAnswer).filter(v -> !Text.isBlank(v)).orElse(null);
    }

    /** Required company fields and the two addresses, as the Checker's rows 4–12 want them. */
    static void company(Declaration d, List<Finding> out) {
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
    }

    private static void required(String value, String cell, String what, List<Finding> out) {
        if (Text.isBlank(value)) {
            out.add(error(FindingCode.MISSING_REQUIRED_FIELD, "Please fill in " + what + " (required).", cell));
        }
    }

    /**
     * The Checker wants an "@"; beyond it, an address we cannot write to is no address either. The template's
     * Instructions allow "n/a" here, but its Checker does not: Oretrace follows the Checker.
     */
    private static void email(String value, String cell, String what, List<Finding> out) {
        if (Text.isBlank(value)) {
            return;
        }
        String v = value.strip();
        if (!v.contains("@")) {
            out.add(error(FindingCode.INVALID_EMAIL, "The " + what + " '" + value + "' is not an email address (the "
                    + "template's Checker asks for one). Please give one address, like name@company.com.", cell));
        } else if (!DeclarationRules.EMAIL.matcher(v).matches()) {
            out.add(error(FindingCode.INVALID_EMAIL, "The " + what + " '" + value
                    + "' is not a valid email address. Please give one address, like name@company.com.", cell));
        }
    }

    /** D9, D10 for scopes other than A and B, Product List B6 for scope B. */
    static void scope(Declaration d, List<Finding> out) {
        String scope = d.getScope();
        if (Text.isBlank(scope)) {
            out.add(error(FindingCode.MISSING_REQUIRED_FIELD, "Please choose the declaration scope (required).", "D9"));
            return;
        }
        boolean known = DeclarationRules.SCOPES.contains(scope);
        if (!known) {
            out.add(error(FindingCode.INVALID_ANSWER, "The declaration scope '" + scope
                    + "' is not one of the template's choices. Please pick it from the list.", "D9"));
        }
        if (SCOPE_A.equals(scope)) {
            out.add(new Finding(FindingCode.COMPANY_LEVEL_DECLARATION, Severity.WARNING,
                    "The declaration covers the whole company, not the products you supply to us. Where possible, "
                            + "please declare for our products (scope B) so that the smelters listed are those in our parts.",
                    DECLARATION, "D9"));
        } else if (SCOPE_B.equals(scope)) {
            products(d, out);
        } else if (Text.isBlank(d.getScopeDescription())) {
            out.add(error(FindingCode.SCOPE_DESCRIPTION_MISSING, "The scope is '" + (known ? "User defined" : scope)
                    + "', but its description is empty. Please describe what the declaration covers.", "D10"));
        }
    }

    /** The Checker looks at Product List B6 only: the first product's number. */
    private static void products(Declaration d, List<Finding> out) {
        Optional<ProductRow> first = d.getProducts().stream().filter(p -> p.getRow() == 6).findFirst();
        if (d.getProducts().isEmpty()) {
            out.add(new Finding(FindingCode.SCOPE_PRODUCTS_MISSING, Severity.ERROR, "The scope is 'Product', "
                    + "but the Product List is empty. Please list the products this declaration covers.",
                    PRODUCT_LIST, "B6"));
        } else if (first.isEmpty() || Text.isBlank(first.get().getNumber())) {
            out.add(new Finding(FindingCode.SCOPE_PRODUCTS_MISSING, Severity.ERROR, "The scope is 'Product', but the "
                    + "Product List's first row has no product number (B6). Please start the list in row 6 with the "
                    + "product number.", PRODUCT_LIST, "B6"));
        }
    }

    /** Questions 1–8 per metal as the Checker requires them; invalid values are the template's lists' business. */
    static void answers(Declaration d, Map<Metal, MetalScope> scopes, List<Finding> out) {
        for (Metal metal : METALS) {
            MetalScope s = scopes.get(metal);
            String name = metal.displayName();
            if (s.q1() == null) {
                out.add(error(FindingCode.MISSING_ANSWER, "Question 1 is not answered for " + name + ".",
                        DeclarationRules.answerCell("1", metal)));
            }
            if (!no(s.q1())) {
                String cell = DeclarationRules.answerCell("2", metal);
                if (s.q2() == null) {
                    out.add(error(FindingCode.MISSING_ANSWER, "Question 2 is not answered for " + name + ".", cell));
                } else if (s.countedQ2() == null) {
                    out.add(error(FindingCode.MISSING_ANSWER, "Question 2 for " + name + " is answered, but question 1 "
                            + "is not 'Yes': the template counts question 2 only after question 1 'Yes'. Please answer "
                            + "question 1 first.", cell));
                }
            }
            if (s.outOfScope()) {
                out.add(new Finding(FindingCode.OUT_OF_SCOPE_METAL, Severity.INFO, name + " is used in the process but "
                        + "does not remain in the product (question 1 'Yes', question 2 'No'): it is out of scope of the "
                        + "CMRT, so questions 3 to 8 and its smelters are not required.", DECLARATION,
                        DeclarationRules.answerCell("2", metal)));
            }
            for (int q = 3; q <= 8; q++) {
                String question = Integer.toString(q);
                String cell = DeclarationRules.answerCell(question, metal);
                String value = value(d, question, metal);
                if (!s.detailsRequired()) {
                    continue;
                }
                if (value == null) {
                    out.add(error(FindingCode.MISSING_ANSWER, "Question " + q + " is not answered for " + name
                            + (s.inScope() ? ", which you declare in questions 1 and 2." : "."), cell));
                } else if (!s.inScope()) {
                    out.add(error(FindingCode.MISSING_ANSWER, "Question " + q + " for " + name + " is answered, but "
                            + "questions 1 and 2 are not both 'Yes': the template counts questions 3 to 8 only then. "
                            + "Please answer questions 1 and 2 first.", cell));
                }
            }
        }
    }

    /** Company questions A–H when any metal needs its details; a policy address when B is "Yes". */
    static void companyQuestions(Declaration d, Map<Metal, MetalScope> scopes, List<Finding> out) {
        boolean required = scopes.values().stream().anyMatch(MetalScope::detailsRequired);
        for (char q = 'A'; q <= 'H'; q++) {
            Answer a = d.answer(String.valueOf(q), null).orElse(null);
            if (required && (a == null || Text.isBlank(a.getAnswer()))) {
                out.add(error(FindingCode.MISSING_ANSWER, "Company question " + q + " is not answered.",
                        "D" + (75 + 2 * (q - 'A'))));
            }
        }
        Answer b = d.answer("B", null).orElse(null);
        if (b == null || !yes(b.getAnswer())) {
            return;
        }
        String comment = b.getComment() == null ? "" : b.getComment();
        if (required && comment.length() <= 1) {
            out.add(error(FindingCode.POLICY_URL_MISSING, "Company question B says your conflict minerals policy "
                    + "is publicly available: please give its web address in the comment.", "G77"));
        } else if (!URL.matcher(comment).find()) {
            out.add(new Finding(FindingCode.POLICY_URL_MISSING, Severity.WARNING, "Company question B says your "
                    + "conflict minerals policy is publicly available, but the comment gives no web address. Please give "
                    + "the address of the policy.", DECLARATION, "G77"));
        }
    }

    private static Finding error(FindingCode code, String message, String cell) {
        return new Finding(code, Severity.ERROR, message, DECLARATION, cell);
    }
}
