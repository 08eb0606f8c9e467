package org.oretrace.intake.application;

import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.Text;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The corrective-action email for a declaration: plain language, each problem with its place in
 * the workbook, errors first. A person edits it before it is sent.
 */
public record CorrectiveAction(String to, String subject, String body) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    public static CorrectiveAction draft(Declaration d, String signature, ZoneId zone) {
        String contact = d.getCompany().getContactName();
        String to = firstEmail(d.getCompany().getContactEmail(), d.getMailFrom());
        String received = DAY.format(d.getReceivedAt().atZone(zone));
        StringBuilder body = new StringBuilder();
        body.append("Dear ").append(Text.isBlank(contact) ? "Supplier" : contact).append(",\n\n");
        body.append("Thank you for your Conflict Minerals Reporting Template (CMRT) \"").append(d.getFileName())
                .append("\", received on ").append(received).append(".\n\n");
        String subject;
        if (d.getStatus() == DeclarationStatus.REJECTED) {
            subject = "We could not read your CMRT \"" + d.getFileName() + "\"";
            body.append("Unfortunately we could not read the file:\n\n  ").append(d.getRejectionMessage())
                    .append("\n\nPlease send the completed CMRT again as an Excel workbook (.xlsx).\n");
        } else {
            List<Finding> errors = d.getFindings().stream().filter(f -> f.getSeverity() == Severity.ERROR).toList();
            List<Finding> warnings = d.getFindings().stream().filter(f -> f.getSeverity() == Severity.WARNING).toList();
            subject = errors.isEmpty() ? "Questions about your CMRT \"" + d.getFileName() + "\""
                    : "Please correct your CMRT \"" + d.getFileName() + "\"";
            if (!errors.isEmpty()) {
                body.append("Before we can accept it, please correct the following ")
                        .append(errors.size() == 1 ? "point" : errors.size() + " points")
                        .append(" and send us the updated file:\n\n");
                list(errors, body);
            }
            if (!warnings.isEmpty()) {
                body.append(errors.isEmpty() ? "Please look at the following " : "Please also look at the following ")
                        .append(warnings.size() == 1 ? "point" : warnings.size() + " points")
                        .append(", and tell us if anything should change:\n\n");
                list(warnings, body);
            }
            if (errors.isEmpty() && warnings.isEmpty()) {
                body.append("Your declaration is complete; no correction is needed.\n");
            }
        }
        body.append("\nIf you have questions, just reply to this email.\n\nKind regards,\n")
                .append(Text.isBlank(signature) ? "" : signature).append('\n');
        return new CorrectiveAction(to, subject, body.toString());
    }

    private static void list(List<Finding> findings, StringBuilder body) {
        int n = 1;
        for (Finding f : findings) {
            body.append(n++).append(". ").append(f.getMessage());
            if (f.getSheet() != null) {
                body.append("\n   Where: sheet \"").append(f.getSheet()).append('"');
                if (f.getCell() != null) {
                    body.append(", cell ").append(f.getCell());
                }
            }
            body.append("\n\n");
        }
    }

    private static String firstEmail(String... candidates) {
        for (String c : candidates) {
            if (c != null && c.contains("@") && !c.contains(" ")) {
                return c.strip();
            }
        }
        return null;
    }
}
