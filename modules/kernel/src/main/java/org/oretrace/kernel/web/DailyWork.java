package org.oretrace.kernel.web;

import java.util.List;

/**
 * What waits for someone today (overdue suppliers, declarations to follow up, names to review, ...): the home page
 * lists these first, before the figures. Each module may provide CDI beans of this type; zero counts are not shown.
 */
public interface DailyWork {

    List<Item> today();

    /** "13 declarations need follow-up": a count, the words after it, the screen that does the work, an order. */
    record Item(long count, String what, String link, int order) {
    }
}
