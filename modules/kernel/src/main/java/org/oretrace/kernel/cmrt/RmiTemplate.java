package org.oretrace.kernel.cmrt;

import java.util.Locale;

/** The RMI reporting templates, told apart by their title (never by their sheet names alone). */
public enum RmiTemplate {
    CMRT("Conflict Minerals Reporting Template (CMRT)", "conflict minerals reporting template"),
    EMRT("Extended Minerals Reporting Template (EMRT)", "extended mineral"),
    CRT("Cobalt Reporting Template (CRT)", "cobalt reporting template"),
    AMRT("Additional Minerals Reporting Template (AMRT)", "additional minerals reporting template");

    private final String fullName;
    private final String titleFragment;

    RmiTemplate(String fullName, String titleFragment) {
        this.fullName = fullName;
        this.titleFragment = titleFragment;
    }

    /** "Extended Minerals Reporting Template (EMRT)": how messages name it. */
    public String fullName() {
        return fullName;
    }

    /** From the English title on the Revision sheet, or the "(XXXX)" abbreviation of the title in any language. */
    public static RmiTemplate fromTitle(String title) {
        if (title == null) {
            return null;
        }
        String lower = title.toLowerCase(Locale.ROOT);
        for (RmiTemplate kind : values()) {
            if (lower.contains(kind.titleFragment) || title.contains("(" + kind.name() + ")")) {
                return kind;
            }
        }
        return null;
    }
}
