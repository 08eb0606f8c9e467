package org.oretrace.filing.infrastructure;

import org.oretrace.filing.domain.AnnexA;
import org.oretrace.filing.domain.Report;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Form SD and Exhibit 1.01 as an official EDGAR HTML document: HTML 4.01 tags of the Filer Manual's subset
 * only, no active content, no external references, and every byte printable ASCII (anything else as a
 * numeric character reference). {@link EdgarHtmlChecker} verifies the result.
 */
public class EdgarHtmlRenderer {

    public byte[] render(Report report) {
        StringBuilder h = new StringBuilder(64 * 1024 + report.annexA().size() * 160);
        head(h, "Form SD - " + report.cover().registrantName());
        cover(h, report.cover());
        h.append("<hr noshade>\n");
        blocks(h, report.items());
        signature(h, report.signature());
        h.append("<hr noshade style=\"page-break-after: always\">\n");
        exhibit(h, report);
        h.append("</body>\n</html>\n");
        return h.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The submission's primary document: Form SD alone, its exhibit index linking {@code exhibitFileName}. */
    public byte[] renderFormSd(Report report, String exhibitFileName) {
        StringBuilder h = new StringBuilder(16 * 1024);
        head(h, "Form SD - " + report.cover().registrantName());
        cover(h, report.cover());
        h.append("<hr noshade>\n");
        blocks(h, report.items());
        signature(h, report.signature());
        // EDGAR filings cross-reference their exhibits from an index at the end of the form, by relative link
        h.append("<h2 style=\"font-size: 11pt\">EXHIBIT INDEX</h2>\n");
        h.append("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
        h.append("<tr><th align=\"left\" width=\"15%\">Exhibit No.</th><th align=\"left\">Description</th></tr>\n");
        h.append("<tr><td>1.01</td><td><a href=\"").append(text(exhibitFileName)).append("\">")
                .append(text("Conflict Minerals Report as required by Items 1.01 and 1.02 of this Form"))
                .append("</a></td></tr>\n</table>\n");
        h.append("</body>\n</html>\n");
        return h.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Exhibit 1.01 alone: the Conflict Minerals Report with Annex A, filed as its own document. */
    public byte[] renderExhibit(Report report) {
        StringBuilder h = new StringBuilder(64 * 1024 + report.annexA().size() * 160);
        head(h, report.exhibitTitle() + " - " + report.exhibitSubtitle());
        exhibit(h, report);
        h.append("</body>\n</html>\n");
        return h.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Exhibit 1.01 as both the reading copy and the exhibit document print it: title, report, Annex A. */
    private static void exhibit(StringBuilder h, Report report) {
        h.append("<p align=\"right\"><b>").append(text(report.exhibitTitle())).append("</b></p>\n");
        h.append("<h1 align=\"center\" style=\"font-size: 13pt\">").append(text(report.exhibitSubtitle())).append("</h1>\n");
        blocks(h, report.exhibit());
        h.append("<hr noshade style=\"page-break-after: always\">\n");
        annexA(h, report);
    }

    private static void head(StringBuilder h, String title) {
        h.append("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n");
        h.append("<html>\n<head>\n<title>").append(text(title)).append("</title>\n</head>\n");
        h.append("<body style=\"font-family: 'Times New Roman', serif; font-size: 10pt\">\n");
    }

    private static void cover(StringBuilder h, Report.Cover c) {
        h.append("<p align=\"center\"><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</b><br>Washington, D.C. 20549</p>\n");
        h.append("<h1 align=\"center\">FORM SD</h1>\n<p align=\"center\">Specialized Disclosure Report</p>\n");
        h.append("<p align=\"center\"><b>").append(text(c.registrantName())).append("</b><br>")
                .append("<font size=\"1\">(Exact name of registrant as specified in its charter)</font></p>\n");
        h.append("<table width=\"100%\" border=\"0\" cellpadding=\"4\">\n<tr>\n<td align=\"center\" width=\"50%\">")
                .append(text(c.stateOfIncorporation()))
                .append("<br><font size=\"1\">(State or other jurisdiction of incorporation)</font></td>\n<td align=\"center\" width=\"50%\">")
                .append(text(c.commissionFileNumber()))
                .append("<br><font size=\"1\">(Commission File Number)</font></td>\n</tr>\n</table>\n");
        h.append("<p align=\"center\">").append(text(c.address()))
                .append("<br><font size=\"1\">(Address of principal executive offices)</font></p>\n");
        h.append("<p align=\"center\">").append(text(c.contactName() + ", " + c.contactPhone()))
                .append("<br><font size=\"1\">(Name and telephone number, including area code, of the person to contact in connection with this report.)</font></p>\n");
        h.append("<p>Check the appropriate box to indicate the rule pursuant to which this form is being filed, and provide the period to which the information in this form applies:</p>\n");
        h.append("<p>[X] ").append(text(c.periodText())).append("</p>\n");
        h.append("<p>[&nbsp;&nbsp;] Rule 13q-1 under the Securities Exchange Act (17 CFR 240.13q-1) for the fiscal year ended ____.</p>\n");
    }

    private static void signature(StringBuilder h, Report.Signature s) {
        h.append("<h2 style=\"font-size: 11pt\">SIGNATURES</h2>\n");
        h.append("<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the duly authorized undersigned.</p>\n");
        h.append("<p><b>").append(text(s.registrantName())).append("</b></p>\n");
        h.append("<p>By: /s/ ").append(text(s.signerName())).append("<br>Name: ").append(text(s.signerName()))
                .append("<br>Title: ").append(text(s.signerTitle())).append("<br>Date: ")
                .append(text(Report.LONG_DATE.format(s.date()))).append("</p>\n");
    }

    private static void blocks(StringBuilder h, List<Report.Block> blocks) {
        boolean inList = false;
        for (Report.Block b : blocks) {
            if (b.kind() == Report.Kind.BULLET) {
                if (!inList) {
                    h.append("<ul>\n");
                    inList = true;
                }
                h.append("<li>").append(text(b.text())).append("</li>\n");
                continue;
            }
            if (inList) {
                h.append("</ul>\n");
                inList = false;
            }
            switch (b.kind()) {
                case HEADING -> h.append("<h2 style=\"font-size: 11pt\">").append(text(b.text())).append("</h2>\n");
                case SUBHEADING -> h.append("<h3 style=\"font-size: 10pt\">").append(text(b.text())).append("</h3>\n");
                default -> h.append("<p align=\"justify\">").append(text(b.text())).append("</p>\n");
            }
        }
        if (inList) {
            h.append("</ul>\n");
        }
    }

    private static void annexA(StringBuilder h, Report report) {
        AnnexA annex = report.annexA();
        h.append("<h2 align=\"center\" style=\"font-size: 11pt\">ANNEX A</h2>\n");
        h.append("<p>").append(text(report.annexIntro())).append("</p>\n");
        h.append("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" style=\"font-size: 8pt\">\n");
        h.append("<thead>\n<tr><th align=\"left\">Metal</th><th align=\"left\">Smelter Name</th><th align=\"left\">Smelter Country</th>");
        if (annex.withRmapStatus()) {
            h.append("<th align=\"left\">RMAP Status</th>");
        }
        h.append("</tr>\n</thead>\n<tbody>\n");
        for (AnnexA.Row r : annex.resolvedRows()) {
            h.append("<tr><td>").append(text(r.metal().displayName())).append("</td><td>")
                    .append(text(Report.annexName(r))).append("</td><td>")
                    .append(text(r.country() == null ? "" : r.country())).append("</td>");
            if (annex.withRmapStatus()) {
                h.append("<td>").append(text(r.rmapStatus() == null ? "" : r.rmapStatus())).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        for (String note : report.annexFootnotes()) {
            h.append("<p><font size=\"1\">").append(text(note)).append("</font></p>\n");
        }
        if (annex.withUnresolved()) {
            unresolved(h, report);
        }
    }

    /** The names not resolved to a smelter ID, in a table of their own after Annex A's smelters. */
    private static void unresolved(StringBuilder h, Report report) {
        h.append("<h3 style=\"font-size: 10pt\">").append(text(Report.UNRESOLVED_HEADING)).append("</h3>\n");
        h.append("<p>").append(text(report.unresolvedIntro())).append("</p>\n");
        if (report.annexA().unresolvedRows().isEmpty()) {
            return;
        }
        h.append("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" style=\"font-size: 8pt\">\n");
        h.append("<thead>\n<tr><th align=\"left\">Metal</th><th align=\"left\">Name as reported</th>"
                + "<th align=\"left\">Country as reported</th><th align=\"right\">Suppliers</th></tr>\n</thead>\n<tbody>\n");
        for (AnnexA.Row r : report.annexA().unresolvedRows()) {
            h.append("<tr><td>").append(text(r.metal().displayName())).append("</td><td>").append(text(r.name()))
                    .append("</td><td>").append(text(r.country() == null ? "" : r.country())).append("</td><td align=\"right\">")
                    .append(r.supplierCount()).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    /** Escapes markup and turns everything outside printable ASCII into numeric character references. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if (cp >= 0x20 && cp < 0x7F) {
                        out.append((char) cp);
                    } else if (cp >= 0xA0 && !Character.isISOControl(cp)) {
                        out.append("&#").append(cp).append(';');
                    }
                    // C0/C1 controls carry no text: dropped
                }
            }
        });
        return out.toString();
    }
}
