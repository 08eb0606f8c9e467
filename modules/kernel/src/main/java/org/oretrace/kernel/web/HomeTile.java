package org.oretrace.kernel.web;

import java.util.List;

/**
 * A module's figures for the home page (e.g. "open review items: 12"). Each module may provide
 * CDI beans of this type; the home page shows them without knowing the modules.
 */
public interface HomeTile {

    String title();

    int order();

    List<Figure> figures();

    /** An optional chart under the figures: a Chart.js configuration as JSON (PrimeFaces p:chart), or null. */
    default String chart() {
        return null;
    }

    record Figure(String label, String value, String link) {
    }
}
