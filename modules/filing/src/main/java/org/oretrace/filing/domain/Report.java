package org.oretrace.filing.domain;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a Form SD with its Conflict Minerals Report (Exhibit 1.01) and Annex A, independent of the
 * output format: the PDF, the EDGAR HTML and the browser preview all render this, so they never disagree.
 */
public record Report(Cover cover, List<Block> items, Signature signature, String exhibitTitle,
                     String exhibitSubtitle, List<Block> exhibit, AnnexA annexA, String rmapAsOf) implements java.io.Serializable {

    public static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    public record Cover(String registrantName, String stateOfIncorporation, String commissionFileNumber,
                        String address, String contactName, String contactPhone, String periodText) implements java.io.Serializable {
    }

    public record Signature(LocalDate date, String registrantName, String signerName, String signerTitle) implements java.io.Serializable {
    }

    public enum Kind { HEADING, SUBHEADING, PARAGRAPH, BULLET }

    public record Block(Kind kind, String text) implements java.io.Serializable {
    }

    public static Report compose(Filing filing, FilingFacts facts, AnnexA annexA, LocalDate signedOn) {
        Registrant r = filing.getRegistrant();
        String name = orPlaceholder(r.getName(), "[Exact name of registrant]");
        Map<String, String> values = placeholderValues(filing, facts);
        String period = "for the reporting period from " + LONG_DATE.format(filing.getPeriodStart()).replace(", " + filing.getPeriodStart().getYear(), "")
                + " to " + LONG_DATE.format(filing.getPeriodEnd());
        Cover cover = new Cover(name, orPlaceholder(r.getStateOfIncorporation(), "[State of incorporation]"),
                orPlaceholder(r.getCommissionFileNumber(), "[Commission file number]"),
                orPlaceholder(r.getAddress(), "[Address of principal executive offices]"),
                orPlaceholder(r.getContactName(), "[Contact person]"), orPlaceholder(r.getContactPhone(), "[Telephone]"),
                "Rule 13p-1 under the Securities Exchange Act (17 CFR 240.13p-1) " + period + ".");

        List<Block> items = new ArrayList<>();
        items.add(new Block(Kind.HEADING, "Section 1 - Conflict Minerals Disclosure"));
        items.add(new Block(Kind.SUBHEADING, "Item 1.01 Conflict Minerals Disclosure and Report"));
        items.add(new Block(Kind.PARAGRAPH, NarrativeTemplate.fill("""
                {registrantName} performed a reasonable country of origin inquiry ("RCOI") of the suppliers of \
                components and materials containing gold, tantalum, tin and tungsten ("conflict minerals") necessary \
                to the functionality or production of its products, regarding whether those conflict minerals \
                originated in the Democratic Republic of the Congo or an adjoining country (the "Covered \
                Countries"). It solicited {suppliersSolicited} suppliers and received responses from \
                {responseRatePercent}% of them.""", values)));
        items.add(new Block(Kind.PARAGRAPH, NarrativeTemplate.fill("""
                Based on its RCOI, {registrantName} was not able to determine that its necessary conflict minerals \
                did not originate in the Covered Countries or that they came from recycled or scrap sources, and \
                therefore exercised due diligence on their source and chain of custody. The Conflict Minerals \
                Report, filed as Exhibit 1.01 hereto, describes that due diligence and lists the \
                {smeltersIdentified} smelters and refiners identified.""", values)));
        if (r.getWebsite() != null) {
            items.add(new Block(Kind.PARAGRAPH, "The Conflict Minerals Report is publicly available at " + r.getWebsite() + "."));
        }
        items.add(new Block(Kind.SUBHEADING, "Item 1.02 Exhibit"));
        items.add(new Block(Kind.PARAGRAPH, "The Conflict Minerals Report is filed herewith as Exhibit 1.01."));
        items.add(new Block(Kind.HEADING, "Section 3 - Exhibits"));
        items.add(new Block(Kind.SUBHEADING, "Item 3.01 Exhibits"));
        items.add(new Block(Kind.PARAGRAPH, "Exhibit 1.01 - Conflict Minerals Report as required by Items 1.01 and 1.02 of this Form."));

        Signature signature = new Signature(signedOn, name, orPlaceholder(r.getSignerName(), "[Signer]"),
                orPlaceholder(r.getSignerTitle(), "[Title]"));

        List<Block> exhibit = new ArrayList<>();
        exhibit.add(new Block(Kind.PARAGRAPH, NarrativeTemplate.fill("""
                This Conflict Minerals Report of {registrantName} for the year ended {periodEnd} is presented to \
                comply with Rule 13p-1 under the Securities Exchange Act of 1934, as amended. "Conflict minerals" \
                are tantalum, tin, tungsten and gold. This report has not been subject to an independent private \
                sector audit.""", values)));
        int number = 1;
        for (Narrative.Section section : Narrative.Section.values()) {
            exhibit.add(new Block(Kind.HEADING, number++ + ". " + section.heading()));
            exhibit.addAll(blocks(NarrativeTemplate.fill(filing.getNarrative().get(section), values)));
        }
        return new Report(cover, items, signature, "Exhibit 1.01",
                name + " - Conflict Minerals Report for the Year Ended " + LONG_DATE.format(filing.getPeriodEnd()),
                exhibit, annexA, LONG_DATE.format(filing.getPeriodEnd()));
    }

    /** Annex A's footnote markers, after the smelter's name in every format. */
    public static final String SANCTIONED_MARK = "(1)";
    public static final String COVERED_MARK = "(2)";

    /** The sentence above Annex A: how many, as of when the data was gathered, and the RMAP status date. */
    public String annexIntro() {
        AnnexA a = annexA;
        int unresolved = a.unresolvedRows().size();
        return "Smelters and refiners reported by our suppliers that may have processed the necessary conflict minerals in our "
                + "products (" + (a.size() - unresolved) + "). Data gathered from in-scope suppliers as of " + LONG_DATE.format(signature.date())
                + (a.withRmapStatus() ? "; RMAP status as of " + rmapAsOf + "." : ".")
                + (a.withUnresolved() ? " Names reported by suppliers that could not be matched to a smelter identification number ("
                + unresolved + ") are listed separately after the table." : "");
    }

    /** The heading of Annex A's second table, the names not resolved to a smelter ID (when the filing lists them). */
    public static final String UNRESOLVED_HEADING = "Names not resolved to a smelter ID";

    /** The sentence above that table. */
    public String unresolvedIntro() {
        return annexA.unresolvedRows().isEmpty()
                ? "Every name reported by our suppliers was matched to a smelter identification number."
                : "Names as reported by our suppliers that could not be matched to a smelter or refiner on the RMI's list or in our "
                + "registry; they may name smelters listed above, smelters unknown to the RMI, or no smelter at all.";
    }

    /** The name as Annex A prints it: unresolved names marked *, sanctioned and covered-country smelters footnoted. */
    public static String annexName(AnnexA.Row r) {
        return r.name() + (r.unresolved() ? " *" : "") + (r.sanctioned() ? " " + SANCTIONED_MARK : "")
                + (r.coveredCountry() ? " " + COVERED_MARK : "");
    }

    /** The footnotes under Annex A, only those its rows use. */
    public List<String> annexFootnotes() {
        List<String> notes = new ArrayList<>();
        if (annexA.rows().stream().anyMatch(AnnexA.Row::sanctioned)) {
            notes.add(SANCTIONED_MARK + " Subject to sanctions of the U.S. Department of the Treasury, Office of Foreign Assets "
                    + "Control (a screening hit confirmed by the Company); see the Due Diligence Results for the action taken.");
        }
        if (annexA.rows().stream().anyMatch(AnnexA.Row::coveredCountry)) {
            notes.add(COVERED_MARK + " Located in a Covered Country (the Democratic Republic of the Congo or an adjoining country).");
        }
        return notes;
    }

    /** Blank lines separate paragraphs; "- " starts a bullet. */
    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String para : text.split("\\n\\s*\\n")) {
            StringBuilder current = new StringBuilder();
            for (String line : para.split("\\n")) {
                String l = line.strip();
                if (l.startsWith("- ") || l.startsWith("* ")) {
                    flush(blocks, current);
                    blocks.add(new Block(Kind.BULLET, l.substring(2).strip()));
                } else if (!l.isEmpty()) {
                    if (!current.isEmpty()) {
                        current.append(' ');
                    }
                    current.append(l);
                }
            }
            flush(blocks, current);
        }
        return blocks;
    }

    private static void flush(List<Block> blocks, StringBuilder current) {
        if (!current.isEmpty()) {
            blocks.add(new Block(Kind.PARAGRAPH, current.toString()));
            current.setLength(0);
        }
    }

    /** Every placeholder a narrative may use, with its value as printed. */
    public static Map<String, String> placeholderValues(Filing filing, FilingFacts facts) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.US);
        Map<String, String> values = new HashMap<>();
        facts.facts().forEach(f -> values.put(f.key(), n.format(f.value())));
        Registrant r = filing.getRegistrant();
        values.put("registrantName", orPlaceholder(r.getName(), "[Exact name of registrant]"));
        values.put("website", orPlaceholder(r.getWebsite(), "[website]"));
        values.put("reportingYear", Integer.toString(filing.getYear()));
        values.put("nextYear", Integer.toString(filing.getYear() + 1));
        values.put("periodStart", LONG_DATE.format(filing.getPeriodStart()));
        values.put("periodEnd", LONG_DATE.format(filing.getPeriodEnd()));
        values.put("rmapSources", facts.rmapSourcesText());
        values.putAll(ReportSentences.values(filing, facts));
        values.put("sanctionedSmelterNames", facts.sanctionedSmelters().isEmpty() ? "none"
                : String.join("; ", facts.sanctionedSmelters()));
        return values;
    }

    private static String orPlaceholder(String value, String placeholder) {
        return value == null || value.isBlank() ? placeholder : value;
    }
}
