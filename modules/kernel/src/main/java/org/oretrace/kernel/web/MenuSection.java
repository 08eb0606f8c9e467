package org.oretrace.kernel.web;

import org.oretrace.kernel.Role;

import java.util.List;

/**
 * A module's section of the main menu. Each module with screens provides one as a CDI bean; the
 * application's layout shows the sections in {@link #order()} and each entry only to the roles
 * that may open it.
 */
public interface MenuSection {

    String title();

    int order();

    List<Entry> entries();

    record Entry(String label, String outcome, String icon, Role minimumRole) {
        /** The page's URL relative to the context root, e.g. "/registry/smelters.xhtml". */
        public String outcome() {
            return outcome;
        }
    }
}
