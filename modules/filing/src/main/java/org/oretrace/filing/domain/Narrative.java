package org.oretrace.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * The five sections of the Conflict Minerals Report, in the seed filing's order. Each is a template:
 * {@code {placeholders}} name facts and are filled in when a document is rendered, so last year's text
 * carries this year's numbers without retyping.
 */
@Embeddable
public class Narrative implements Serializable {

    public enum Section {
        OVERVIEW("Company Overview and Product Description"),
        RCOI("Reasonable Country of Origin Inquiry"),
        DUE_DILIGENCE("Due Diligence"),
        RESULTS("Due Diligence Results"),
        FUTURE_MEASURES("Future Due Diligence Measures");

        private final String heading;

        Section(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    /**
     * The company's own program facts the default text names ({@code {policy}}, {@code {team}}, ...): written once and
     * carried from year to year with the text. Empty, each prints its bracketed template text, which the pre-flight
     * reports (TEMPLATE_TEXT) as long as the text uses it.
     */
    public enum Field {
        ANNUAL_REPORT("annualReportReference", "10-K reference (where the products are described)",
                "[our Annual Report on Form 10-K for the year, with its filing date]"),
        SCOPE("scopeReason", "Why these supplier categories are in scope",
                "[explain why these supplier categories are in scope]"),
        POLICY("policy", "Conflict minerals policy and where it is published",
                "[describe the conflict minerals policy and where it is published]"),
        TEAM("team", "Team overseeing the program", "[describe the team that oversees the program]"),
        GRIEVANCE("grievanceMechanism", "Grievance mechanism", "[describe how concerns can be reported]"),
        RECORDS("recordsRetention", "Records retention", "[state how long due diligence records are kept]");

        /** Characters a field holds (its column is VARCHAR(4000)). */
        public static final int MAX = 4000;

        private final String placeholder;
        private final String label;
        private final String template;

        Field(String placeholder, String label, String template) {
            this.placeholder = placeholder;
            this.label = label;
            this.template = template;
        }

        /** The placeholder that puts the field into a section, without braces. */
        public String placeholder() {
            return placeholder;
        }

        public String label() {
            return label;
        }

        /** What the report prints while the field is empty: bracketed, so the pre-flight finds it. */
        public String template() {
            return template;
        }
    }

    @Column(name = "program_annual_report", length = Field.MAX)
    private String annualReport;

    @Column(name = "program_scope", length = Field.MAX)
    private String scope;

    @Column(name = "program_policy", length = Field.MAX)
    private String policy;

    @Column(name = "program_team", length = Field.MAX)
    private String team;

    @Column(name = "program_grievance", length = Field.MAX)
    private String grievance;

    @Column(name = "program_records", length = Field.MAX)
    private String records;

    @Column(name = "text_overview", length = 100000)
    private String overview;

    @Column(name = "text_rcoi", length = 100000)
    private String rcoi;

    @Column(name = "text_due_diligence", length = 100000)
    private String dueDiligence;

    @Column(name = "text_results", length = 100000)
    private String results;

    @Column(name = "text_future_measures", length = 100000)
    private String futureMeasures;

    public Narrative() {
    }

    public static Narrative of(Map<Section, String> texts) {
        Narrative n = new Narrative();
        texts.forEach(n::set);
        return n;
    }

    public Narrative copy() {
        Narrative n = of(asMap());
        for (Field f : Field.values()) {
            n.set(f, get(f));
        }
        return n;
    }

    /** A company field as written; null when empty. */
    public String get(Field field) {
        return switch (field) {
            case ANNUAL_REPORT -> annualReport;
            case SCOPE -> scope;
            case POLICY -> policy;
            case TEAM -> team;
            case GRIEVANCE -> grievance;
            case RECORDS -> records;
        };
    }

    /** Blank clears the field; longer than {@link Field#MAX} is refused (the caller states the limit). */
    public void set(Field field, String text) {
        String value = text == null || text.isBlank() ? null : text.replace("\r\n", "\n").strip();
        if (value != null && value.length() > Field.MAX) {
            throw new org.oretrace.kernel.BusinessRuleException(field.label() + " is limited to " + Field.MAX + " characters");
        }
        switch (field) {
            case ANNUAL_REPORT -> annualReport = value;
            case SCOPE -> scope = value;
            case POLICY -> policy = value;
            case TEAM -> team = value;
            case GRIEVANCE -> grievance = value;
            case RECORDS -> records = value;
        }
    }

    /** The field as the report prints it: the company's words, else its bracketed template text. */
    public String printed(Field field) {
        String v = get(field);
        return v == null ? field.template() : v;
    }

    /** The company fields, empty ones as "". */
    public Map<Field, String> fields() {
        Map<Field, String> map = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            map.put(f, get(f) == null ? "" : get(f));
        }
        return map;
    }

    public String get(Section section) {
        return switch (section) {
            case OVERVIEW -> overview;
            case RCOI -> rcoi;
            case DUE_DILIGENCE -> dueDiligence;
            case RESULTS -> results;
            case FUTURE_MEASURES -> futureMeasures;
        };
    }

    public void set(Section section, String text) {
        // control characters carry no text and PostgreSQL refuses NUL in a text column: dropped, line breaks and tabs kept
        String value = text == null ? "" : text.replace("\r\n", "\n").replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "").strip();
        switch (section) {
            case OVERVIEW -> overview = value;
            case RCOI -> rcoi = value;
            case DUE_DILIGENCE -> dueDiligence = value;
            case RESULTS -> results = value;
            case FUTURE_MEASURES -> futureMeasures = value;
        }
    }

    public Map<Section, String> asMap() {
        Map<Section, String> map = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            map.put(s, get(s) == null ? "" : get(s));
        }
        return map;
    }
}
