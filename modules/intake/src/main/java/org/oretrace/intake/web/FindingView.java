package org.oretrace.intake.web;

import org.oretrace.intake.domain.Answer;
import org.oretrace.intake.domain.Company;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.ProductRow;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.kernel.Metal;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finding as the reviewer reads it: what is wrong, beside the question the cell answers and what the supplier
 * answered there (the CMRT layout of the architecture notes: Declaration column D, Smelter List and Product List rows).
 */
public record FindingView(Severity severity, FindingCode code, String message, String question, String answer,
                          String sheet, String cell, String place) implements Serializable {

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.ENGLISH);
    private static final Pattern CELL = Pattern.compile("([A-Z]{1,3})(\\d{1,7})");
    private static final List<Metal> METALS = List.of(Metal.TANTALUM, Metal.TIN, Metal.GOLD, Metal.TUNGSTEN);
    private static final String[] METAL_NAMES = {"Tantalum", "Tin", "Gold", "Tungsten"};
    private static final String[] COMPANY_FIELDS = {"Company name", "Declaration scope", "Description of scope", null,
        "Company unique ID", "Unique ID authority", "Address", "Contact name", "Contact email", "Contact phone",
        "Authorizer", "Authorizer title", "Authorizer email", "Authorizer phone", "Effective date"};

    /** Errors first, then warnings, then notes; inside each, as the checker found them. */
    public static List<FindingView> of(Declaration d) {
        return d.getFindings().stream().sorted(java.util.Comparator.comparing(Finding::getSeverity))
                .map(f -> of(d, f)).toList();
    }

    static FindingView of(Declaration d, Finding f) {
        String question = null;
        String answer = null;
        Matcher m = f.getCell() == null ? null : CELL.matcher(f.getCell());
        if (m != null && m.matches()) {
            String column = m.group(1);
            int row = Integer.parseInt(m.group(2));
            if ("Declaration".equals(f.getSheet())) {
                String[] qa = declarationCell(d, column, row);
                question = qa[0];
                answer = qa[1];
            } else if ("Smelter List".equals(f.getSheet())) {
                question = "Smelter List, row " + row;
                answer = d.smelterList().stream().filter(s -> s.getRow() == row).findFirst().map(FindingView::smelter).orElse(null);
            } else if ("Product List".equals(f.getSheet())) {
                question = "Product List, row " + row;
                answer = d.getProducts().stream().filter(p -> p.getRow() == row).findFirst().map(FindingView::product).orElse(null);
            }
        }
        return new FindingView(f.getSeverity(), f.getCode(), f.getMessage(), question, answer, f.getSheet(), f.getCell(), f.place());
    }

    public boolean linksToCell() {
        return cell != null;
    }

    private static String[] declarationCell(Declaration d, String column, int row) {
        boolean comment = "G".equals(column);
        if (!"D".equals(column) && !comment) {
            return new String[] {null, null};
        }
        if (row >= 8 && row <= 22 && !comment) {
            String field = COMPANY_FIELDS[row - 8];
            return new String[] {field, field == null ? null : companyValue(d, row)};
        }
        if (row >= 26 && row <= 71) {
            int q = (row - 26) / 6;
            int metal = (row - 26) % 6;
            if (metal < 4) {
                String text = "Q" + (q + 1) + " " + METAL_NAMES[metal] + ": " + DeclarationBean.QUESTIONS[q];
                Answer a = d.answer(Integer.toString(q + 1), METALS.get(metal)).orElse(null);
                return new String[] {comment ? text + " (comment)" : text, a == null ? null : comment ? a.getComment() : a.getAnswer()};
            }
        }
        if (row >= 75 && row <= 89 && (row - 75) % 2 == 0) {
            int q = (row - 75) / 2;
            char letter = (char) ('A' + q);
            Answer a = d.answer(String.valueOf(letter), null).orElse(null);
            String text = letter + ". " + DeclarationBean.COMPANY_QUESTIONS[q];
            return new String[] {comment ? text + " (comment)" : text, a == null ? null : comment ? a.getComment() : a.getAnswer()};
        }
        return new String[] {null, null};
    }

    private static String companyValue(Declaration d, int row) {
        Company c = d.getCompany();
        if (c == null) {
            return null;
        }
        return switch (row) {
            case 8 -> c.getName();
            case 9 -> d.getScope();
            case 10 -> d.getScopeDescription();
            case 12 -> c.getUniqueId();
            case 13 -> c.getUniqueIdAuthority();
            case 14 -> c.getAddress();
            case 15 -> c.getContactName();
            case 16 -> c.getContactEmail();
            case 17 -> c.getContactPhone();
            case 18 -> c.getAuthorizer();
            case 19 -> c.getAuthorizerTitle();
            case 20 -> c.getAuthorizerEmail();
            case 21 -> c.getAuthorizerPhone();
            case 22 -> c.getEffectiveDate() != null ? DAY.format(c.getEffectiveDate()) : c.getEffectiveDateText();
            default -> null;
        };
    }

    private static String smelter(SmelterRow s) {
        return String.join(" · ", java.util.stream.Stream.of(s.getMetal(), s.getSmelterIdInput(), s.getLookupName(), s.getName(), s.getCountry())
                .filter(Objects::nonNull).filter(v -> !v.isBlank()).toList());
    }

    private static String product(ProductRow p) {
        return String.join(" · ", java.util.stream.Stream.of(p.getNumber(), p.getName())
                .filter(Objects::nonNull).filter(v -> !v.isBlank()).toList());
    }
}
