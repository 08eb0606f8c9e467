package org.oretrace.intake.application;

import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.ProductRow;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.intake.infrastructure.EmrtContent;
import org.oretrace.intake.infrastructure.EmrtContent.EmrtAnswer;
import org.oretrace.kernel.Metal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The EMRT's required answers, each rule taken from the template's own Checker sheet (column F "necessary?", G
 * "complete?"), per version; CheckerParity proves them against the Checker after a LibreOffice recalculation
 * ({@code EmrtCheckerParityTest}). Comparisons ignore case, as Excel's "=" does; a cell counts as answered when it
 * holds anything (the Checker tests {@code =0}). Findings name the Declaration cell the supplier fixes.
 */
public final class EmrtRules {

    static final String DECLARATION = "Declaration";
    static final String COMPANY_A = "A. Company";
    static final String PRODUCT_B = "B. Product (or List of Products)";
    static final String E_IPC = "Yes, in conformance with IPC1755 (e.g. EMRT)";
    static final String E_OTHER = "Yes, Using Other Format (Describe)";

    private EmrtRules() {
    }

    public static List<Finding> check(EmrtContent c) {
        List<Finding> out = new ArrayList<>();
        boolean v1 = new BigDecimal(c.templateVersion()).compareTo(BigDecimal.valueOf(2)) < 0;
        required(out, c.company().getName(), "D8", "company name");
        required(out, c.scope(), "D9", "declaration scope");
        if (c.scope() != null && !eq(c.scope(), COMPANY_A) && !eq(c.scope(), PRODUCT_B) && c.scopeDescription() == null) {
            out.add(error(FindingCode.SCOPE_DESCRIPTION_MISSING, "The scope is '" + c.scope() + "': describe it in D10.",
                    "D10"));
        }
        if (c.minerals().isEmpty()) {
            out.add(error(FindingCode.MISSING_REQUIRED_FIELD, "No mineral is chosen in scope: choose at least one in "
                    + "D12 (cobalt, copper, graphite, lithium, mica or nickel).", "D12"));
        }
        int r = c.companyFirstRow();
        required(out, c.company().getContactName(), "D" + (r + 3), "contact name");
        email(out, c.company().getContactEmail(), "D" + (r + 4), "contact email");
        required(out, c.company().getContactPhone(), "D" + (r + 5), "contact phone");
        required(out, c.company().getAuthorizer(), "D" + (r + 6), "authorizer's name");
        email(out, c.company().getAuthorizerEmail(), "D" + (r + 8), "authorizer's email");
        if (c.company().getEffectiveDate() == null && c.company().getEffectiveDateText() == null) {
            out.add(error(FindingCode.MISSING_REQUIRED_FIELD, "The date of completion is missing.", "D" + (r + 10)));
        }
        String notDeclaring = v1 ? "Not applicable for this declaration" : "Not declaring";
        boolean anyInScope = false;
        List<Metal> inScope = new ArrayList<>();
        for (Metal mineral : c.minerals()) {
            EmrtAnswer q1 = c.answer("1", mineral);
            EmrtAnswer q2 = c.answer("2", mineral);
            answer(out, q1, mineral);
            boolean q1Out = in(q1.answer(), "No", "Unknown", notDeclaring);
            if (!q1Out) {
                answer(out, q2, mineral);
            }
            if (necessary(c, mineral)) {
                anyInScope = true;
                inScope.add(mineral);
                for (int q = 3; q <= 7; q++) {
                    EmrtAnswer a = c.answer(Integer.toString(q), mineral);
                    if (a != null) {
                        answer(out, a, mineral);
                    }
                }
                answer(out, c.answer("C", mineral), mineral);
            }
        }
        if (anyInScope) {
            EmrtAnswer a = c.answer("A", null);
            EmrtAnswer b = c.answer("B", null);
            answer(out, a, null);
            if (v1 && (c.templateVersion().equals("1.1") || c.templateVersion().equals("1.11")) && eq(a.answer(), "Yes")) {
                url(out, a);
            }
            answer(out, b, null);
            if (eq(b.answer(), "Yes")) {
                url(out, b);
            }
            for (char q : "DEFG".toCharArray()) {
                EmrtAnswer x = c.answer(String.valueOf(q), null);
                if (v1 && q == 'E' && x.answer() != null && !in(x.answer(), "No", E_IPC)
                        && !(eq(x.answer(), E_OTHER) && x.comment() != null)) {
                    out.add(error(FindingCode.INVALID_ANSWER, "Question E is answered '" + x.answer() + "': choose '"
                            + E_IPC + "', 'No', or '" + E_OTHER + "' with the format described in the comment (G"
                            + x.row() + ").", eq(x.answer(), E_OTHER) ? "G" + x.row() : "D" + x.row()));
                } else {
                    answer(out, x, null);
                }
            }
        }
        if (eq(c.scope(), PRODUCT_B) && c.products().stream().noneMatch(p -> p.getRow() == 6 && p.getNumber() != null)) {
            out.add(new Finding(FindingCode.SCOPE_PRODUCTS_MISSING, Severity.ERROR, "The scope is by product, but the "
                    + "Product List names no product (B6).", "Product List", "B6"));
        }
        for (Metal mineral : inScope) {
            boolean listed = c.smelters().stream().anyMatch(s -> eq(s.getMetal(), mineral.displayName())
                    && s.getLookupName() != null);
            if (!listed) {
                out.add(error(FindingCode.METAL_WITHOUT_SMELTERS, mineral.displayName() + " is in scope, but the Smelter "
                        + "List has no " + mineral.displayName().toLowerCase(Locale.ROOT) + " smelter or processor "
                        + "(column C).", "D" + c.answer("1", mineral).row()));
            }
        }
        for (SmelterRow s : c.smelters()) {
            if (eq(s.getLookupName(), SmelterRow.NOT_LISTED) && (s.getName() == null || s.getCountry() == null)) {
                out.add(new Finding(FindingCode.NOT_LISTED_INCOMPLETE, Severity.ERROR, "Row " + s.getRow() + " is '"
                        + SmelterRow.NOT_LISTED + "' but lacks the smelter's " + (s.getName() == null ? "name (D)"
                        : "country (E)") + ".", "Smelter List", "C" + s.getRow()));
            }
        }
        return out;
    }

    /**
     * The minerals the Checker asks everything about (questions 3–7, C and the Smelter List): question 1 neither No,
     * Unknown nor "not declaring", and question 2 neither No nor Unknown (1.x: nor "not applicable").
     */
    public static List<Metal> inScope(EmrtContent c) {
        return c.minerals().stream().filter(m -> necessary(c, m)).toList();
    }

    private static boolean necessary(EmrtContent c, Metal mineral) {
        boolean v1 = new BigDecimal(c.templateVersion()).compareTo(BigDecimal.valueOf(2)) < 0;
        String notDeclaring = v1 ? "Not applicable for this declaration" : "Not declaring";
        EmrtAnswer q1 = c.answer("1", mineral);
        EmrtAnswer q2 = c.answer("2", mineral);
        String a1 = q1 == null ? null : q1.answer();
        String a2 = q2 == null ? null : q2.answer();
        return !in(a1, "No", "Unknown", notDeclaring)
                && !(v1 ? in(a2, "No", "Unknown", notDeclaring) : in(a2, "No", "Unknown"));
    }

    private static void required(List<Finding> out, String value, String cell, String what) {
        if (value == null) {
            out.add(error(FindingCode.MISSING_REQUIRED_FIELD, "The " + what + " (" + cell + ") is missing.", cell));
        }
    }

    /** The Checker asks only for an "@"; the stricter address check stays the CMRT's. */
    private static void email(List<Finding> out, String value, String cell, String what) {
        if (value == null) {
            required(out, null, cell, what);
        } else if (!value.contains("@")) {
            out.add(error(FindingCode.INVALID_EMAIL, "The " + what + " '" + value + "' (" + cell + ") is not an email "
                    + "address.", cell));
        }
    }

    private static void answer(List<Finding> out, EmrtAnswer a, Metal mineral) {
        if (a.answer() == null) {
            out.add(error(FindingCode.MISSING_ANSWER, "Question " + a.question() + (mineral == null ? "" : " for "
                    + mineral.displayName()) + " is not answered (D" + a.row() + ").", "D" + a.row()));
        }
    }

    private static void url(List<Finding> out, EmrtAnswer a) {
        if (a.comment() == null || a.comment().length() <= 1) {
            out.add(error(FindingCode.POLICY_URL_MISSING, "Question " + a.question() + " is 'Yes': give the policy's "
                    + "web address in the comment (G" + a.row() + ").", "G" + a.row()));
        }
    }

    private static Finding error(FindingCode code, String message, String cell) {
        return new Finding(code, Severity.ERROR, message, DECLARATION, cell);
    }

    private static boolean eq(String value, String expected) {
        return value != null && value.equalsIgnoreCase(expected);
    }

    private static boolean in(String value, String... expected) {
        for (String e : expected) {
            if (eq(value, e)) {
                return true;
            }
        }
        return false;
    }
}
