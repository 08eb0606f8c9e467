package org.oretrace.filing.infrastructure;

import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.List;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import org.oretrace.filing.domain.AnnexA;
import org.oretrace.filing.domain.Report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Form SD and Exhibit 1.01 as tagged PDFs (US Letter): the pair filed with the EDGAR documents ({@link #renderFormSd}:
 * cover page, items, signature and exhibit index; {@link #renderExhibit}: the report and Annex A as a table whose
 * header row repeats on every page), and both in one reading copy ({@link #render}). Page numbers are artifacts, so screen readers skip them.
 * <p>
 * Speed (an Annex A of 600 smelters is 2,400 tagged cells): the table is laid out in large-table mode, flushed every
 * {@value #ROWS_PER_FLUSH} rows, so iText's tagging helper never rescans the structure of rows already placed (its
 * sibling search is quadratic in the number of pending cells); fixed column widths skip measuring every cell; the
 * structure tree goes into compressed object streams (five times smaller). FilingBenchmark measures it.
 */
public class PdfRenderer {

    private static final float BODY = 10.5f;
    private static final int ROWS_PER_FLUSH = 50;

    /** Form SD with the exhibit in one PDF: the reading copy (and what the benchmark measures). */
    public byte[] render(Report report) {
        return write("Form SD - " + report.cover().registrantName(), report, (doc, bold) -> {
            formSd(doc, report, bold);
            doc.add(new AreaBreak());
            exhibit(doc, report, bold);
        });
    }

    /** Form SD alone: cover page, items, signature and the exhibit index naming Exhibit 1.01 by its file name. */
    public byte[] renderFormSd(Report report, String exhibitFileName) {
        return write("Form SD - " + report.cover().registrantName(), report, (doc, bold) -> {
            formSd(doc, report, bold);
            exhibitIndex(doc, bold, exhibitFileName);
        });
    }

    /** Exhibit 1.01 alone: the Conflict Minerals Report with Annex A. */
    public byte[] renderExhibit(Report report) {
        return write("Exhibit 1.01 - " + report.exhibitSubtitle(), report, (doc, bold) -> exhibit(doc, report, bold));
    }

    private interface Content {
        void add(Document doc, PdfFont bold) throws IOException;
    }

    private byte[] write(String title, Report report, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, new WriterProperties().addXmpMetadata().setFullCompressionMode(true)));
             Document doc = new Document(pdf, PageSize.LETTER, false)) {
            pdf.setTagged();
            pdf.getCatalog().setLang(new PdfString("en-US"));
            pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(title);
            info.setAuthor(report.cover().registrantName());
            info.setSubject(report.exhibitSubtitle());
            info.setKeywords("Form SD, Conflict Minerals Report, Rule 13p-1, Annex A");
            info.setCreator("Oretrace");

            PdfFont regular = PdfFontFactory.createFont(StandardFonts.HELVETICA);
            PdfFont bold = PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD);
            doc.setFont(regular).setFontSize(BODY);
            doc.setMargins(64, 64, 64, 64);

            content.add(doc, bold);

            int pages = pdf.getNumberOfPages();
            for (int i = 1; i <= pages; i++) {
                Paragraph number = new Paragraph("Page " + i + " of " + pages).setFontSize(8);
                number.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
                float width = PageSize.LETTER.getWidth();
                doc.showTextAligned(number, width / 2, 30, i, TextAlignment.CENTER, VerticalAlignment.BOTTOM, 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void formSd(Document doc, Report report, PdfFont bold) {
        cover(doc, report, bold);
        doc.add(new AreaBreak());
        blocks(doc, report.items(), bold);
        signature(doc, report, bold);
    }

    private static void exhibit(Document doc, Report report, PdfFont bold) {
        doc.add(new Paragraph(report.exhibitTitle()).setFont(bold).setFontSize(12).setTextAlignment(TextAlignment.RIGHT));
        doc.add(heading(report.exhibitSubtitle(), bold, 14, StandardRoles.H1).setTextAlignment(TextAlignment.CENTER));
        blocks(doc, report.exhibit(), bold);
        doc.add(new AreaBreak());
        annexA(doc, report, bold);
    }

    /** The exhibit index, as in the EDGAR form: number, description and the file the exhibit is filed as. */
    private static void exhibitIndex(Document doc, PdfFont bold, String exhibitFileName) {
        doc.add(heading("EXHIBIT INDEX", bold, 12, StandardRoles.H2).setMarginTop(18));
        Table t = new Table(UnitValue.createPercentArray(new float[]{15, 60, 25})).useAllAvailableWidth();
        t.addHeaderCell(headerCell("Exhibit No.", bold));
        t.addHeaderCell(headerCell("Description", bold));
        t.addHeaderCell(headerCell("Filed as", bold));
        t.addCell(cell("1.01"));
        t.addCell(cell("Conflict Minerals Report as required by Items 1.01 and 1.02 of this Form"));
        t.addCell(cell(exhibitFileName));
        doc.add(t);
    }

    private static void cover(Document doc, Report report, PdfFont bold) {
        Report.Cover c = report.cover();
        doc.add(centered("UNITED STATES", bold, 12));
        doc.add(centered("SECURITIES AND EXCHANGE COMMISSION", bold, 12));
        doc.add(centered("Washington, D.C. 20549", null, BODY));
        doc.add(heading("FORM SD", bold, 16, StandardRoles.H1).setTextAlignment(TextAlignment.CENTER).setMarginTop(18));
        doc.add(centered("Specialized Disclosure Report", null, BODY));
        doc.add(centered(c.registrantName(), bold, 14).setMarginTop(18));
        doc.add(caption("(Exact name of registrant as specified in its charter)"));

        Table t = new Table(UnitValue.createPercentArray(new float[]{1, 1})).useAllAvailableWidth().setMarginTop(12);
        t.addCell(plainCell(c.stateOfIncorporation(), "(State or other jurisdiction of incorporation)"));
        t.addCell(plainCell(c.commissionFileNumber(), "(Commission File Number)"));
        doc.add(t);
        doc.add(centered(c.address(), null, BODY).setMarginTop(12));
        doc.add(caption("(Address of principal executive offices)"));
        doc.add(centered(c.contactName() + ", " + c.contactPhone(), null, BODY).setMarginTop(12));
        doc.add(caption("(Name and telephone number, including area code, of the person to contact in connection with this report.)"));
        doc.add(new Paragraph("Check the appropriate box to indicate the rule pursuant to which this form is being filed, "
                + "and provide the period to which the information in this form applies:").setMarginTop(18));
        doc.add(new Paragraph("[X] " + c.periodText()));
        doc.add(new Paragraph("[ ] Rule 13q-1 under the Securities Exchange Act (17 CFR 240.13q-1) for the fiscal year ended ____."));
    }

    private static void signature(Document doc, Report report, PdfFont bold) {
        Report.Signature s = report.signature();
        doc.add(heading("SIGNATURES", bold, 12, StandardRoles.H2).setMarginTop(18));
        doc.add(new Paragraph("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly "
                + "caused this report to be signed on its behalf by the duly authorized undersigned."));
        doc.add(new Paragraph(s.registrantName()).setFont(bold).setMarginTop(12));
        doc.add(new Paragraph("By: /s/ " + s.signerName()));
        doc.add(new Paragraph("Name: " + s.signerName()));
        doc.add(new Paragraph("Title: " + s.signerTitle()));
        doc.add(new Paragraph("Date: " + Report.LONG_DATE.format(s.date())));
    }

    private static void blocks(Document doc, java.util.List<Report.Block> blocks, PdfFont bold) {
        List bullets = null;
        for (Report.Block b : blocks) {
            if (b.kind() == Report.Kind.BULLET) {
                if (bullets == null) {
                    bullets = new List().setSymbolIndent(10).setListSymbol("\u2022").setMarginLeft(14);
                }
                bullets.add(new ListItem(b.text()));
                continue;
            }
            if (bullets != null) {
                doc.add(bullets);
                bullets = null;
            }
            switch (b.kind()) {
                case HEADING -> doc.add(heading(b.text(), bold, 12, StandardRoles.H2).setMarginTop(14));
                case SUBHEADING -> doc.add(heading(b.text(), bold, BODY + 0.5f, StandardRoles.H3).setMarginTop(8));
                default -> doc.add(new Paragraph(b.text()).setTextAlignment(TextAlignment.JUSTIFIED).setMultipliedLeading(1.25f));
            }
        }
        if (bullets != null) {
            doc.add(bullets);
        }
    }

    private static void annexA(Document doc, Report report, PdfFont bold) {
        AnnexA annex = report.annexA();
        doc.add(heading("Annex A", bold, 13, StandardRoles.H2));
        doc.add(new Paragraph(report.annexIntro()));
        boolean status = annex.withRmapStatus();
        Table table = new Table(UnitValue.createPercentArray(status ? new float[]{14, 46, 24, 16} : new float[]{16, 54, 30}), true)
                .useAllAvailableWidth().setFixedLayout().setFontSize(8.5f);
        // large-table mode: the table is in the document before its rows, which are laid out at every flush
        doc.add(table);
        table.addHeaderCell(headerCell("Metal", bold));
        table.addHeaderCell(headerCell("Smelter Name", bold));
        table.addHeaderCell(headerCell("Smelter Country", bold));
        if (status) {
            table.addHeaderCell(headerCell("RMAP Status", bold));
        }
        int rows = 0;
        for (AnnexA.Row r : annex.resolvedRows()) {
            if (++rows % ROWS_PER_FLUSH == 0) {
                table.flush();
            }
            table.addCell(cell(r.metal().displayName()));
            table.addCell(cell(Report.annexName(r)));
            table.addCell(cell(r.country() == null ? "" : r.country()));
            if (status) {
                table.addCell(cell(r.rmapStatus() == null ? "" : r.rmapStatus()));
            }
        }
        table.complete();
        for (String note : report.annexFootnotes()) {
            doc.add(new Paragraph(note).setFontSize(8));
        }
        if (annex.withUnresolved()) {
            unresolved(doc, report, bold);
        }
    }

    /** The names not resolved to a smelter ID: a table of their own after Annex A's smelters, never mixed in. */
    private static void unresolved(Document doc, Report report, PdfFont bold) {
        doc.add(heading(Report.UNRESOLVED_HEADING, bold, 11, StandardRoles.H3));
        doc.add(new Paragraph(report.unresolvedIntro()));
        if (report.annexA().unresolvedRows().isEmpty()) {
            return;
        }
        Table table = new Table(UnitValue.createPercentArray(new float[]{14, 50, 24, 12}), true)
                .useAllAvailableWidth().setFixedLayout().setFontSize(8.5f);
        doc.add(table);
        for (String h : new String[]{"Metal", "Name as reported", "Country as reported", "Suppliers"}) {
            table.addHeaderCell(headerCell(h, bold));
        }
        for (AnnexA.Row r : report.annexA().unresolvedRows()) {
            table.addCell(cell(r.metal().displayName()));
            table.addCell(cell(r.name()));
            table.addCell(cell(r.country() == null ? "" : r.country()));
            table.addCell(cell(Integer.toString(r.supplierCount())));
        }
        table.complete();
    }

    private static Cell headerCell(String text, PdfFont bold) {
        return new Cell().add(new Paragraph(text).setFont(bold)).setPadding(3);
    }

    private static Cell cell(String text) {
        // a row never splits across pages: readers (and text extraction) see each smelter whole
        Paragraph p = new Paragraph(text);
        // the text belongs straight to the TD: a P per cell adds 2,400 structure elements and nothing for a reader
        p.getAccessibilityProperties().setRole(null);
        return new Cell().add(p).setPaddingTop(1.5f).setPaddingBottom(1.5f).setKeepTogether(true);
    }

    private static Cell plainCell(String value, String caption) {
        return new Cell().setBorder(com.itextpdf.layout.borders.Border.NO_BORDER)
                .add(new Paragraph(value).setTextAlignment(TextAlignment.CENTER))
                .add(new Paragraph(caption).setFontSize(8).setTextAlignment(TextAlignment.CENTER));
    }

    private static Paragraph heading(String text, PdfFont bold, float size, String role) {
        Paragraph p = new Paragraph(text).setFont(bold).setFontSize(size);
        p.getAccessibilityProperties().setRole(role);
        return p;
    }

    private static Paragraph centered(String text, PdfFont font, float size) {
        Paragraph p = new Paragraph(text).setFontSize(size).setTextAlignment(TextAlignment.CENTER).setMarginBottom(0);
        return font == null ? p : p.setFont(font);
    }

    private static Paragraph caption(String text) {
        return new Paragraph(text).setFontSize(8).setTextAlignment(TextAlignment.CENTER).setMarginTop(0);
    }
}
