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
        return of(asMap());
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
