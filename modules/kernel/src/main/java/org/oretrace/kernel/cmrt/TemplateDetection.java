package org.oretrace.kernel.cmrt;

/**
 * What {@link TemplateDetector} found.
 *
 * @param template the template named, null when none is
 * @param revision the revision written in the workbook ("6.5"), null when none is
 */
public record TemplateDetection(Verdict verdict, RmiTemplate template, String revision) {

    public enum Verdict {
        /** A CMRT (its revision may still be missing). */
        CMRT,
        /** Another RMI template: EMRT, CRT or AMRT. */
        OTHER_TEMPLATE,
        /** No Declaration sheet and no other template's title: a CMRT with sheets removed, or no template at all. */
        NO_DECLARATION_SHEET,
        /** A Declaration sheet but neither a template title nor a revision with a Smelter List. */
        NOT_A_TEMPLATE
    }

    public boolean isCmrt() {
        return verdict == Verdict.CMRT;
    }

    /** "the RMI Extended Minerals Reporting Template (EMRT) revision 2.1" for messages; null unless another template. */
    public String otherTemplateName() {
        return verdict == Verdict.OTHER_TEMPLATE
                ? "the RMI " + template.fullName() + (revision == null ? "" : " revision " + revision) : null;
    }
}
