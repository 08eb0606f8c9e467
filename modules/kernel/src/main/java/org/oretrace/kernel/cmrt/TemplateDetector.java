package org.oretrace.kernel.cmrt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule that tells a CMRT from RMI's other templates and from any other workbook, used by intake when a supplier
 * sends a declaration and by outreach when a campaign's blank template is uploaded. The template is named by its
 * title (Revision sheet, else Declaration!D2, in any language through the "(CMRT)" abbreviation); only when there is
 * no title do the AMRT's "Minerals Scope" and the EMRT's "Mine List" sheets tell. The revision is the first
 * "Revision 6.5" (or "Version ...") text in Declaration!J3, else in the Declaration's top rows, else in the Smelter
 * List's header (the CMRT 6.01 writes it there).
 */
public final class TemplateDetector {

    private static final Pattern REVISION = Pattern.compile("(?i)\\b(?:revision|version)\\s*(\\d+(?:\\.\\d+)?)");

    private TemplateDetector() {
    }

    public static TemplateDetection detect(TemplateEvidence evidence) {
        RmiTemplate kind = RmiTemplate.fromTitle(String.join("\n", evidence.revisionTexts()));
        if (kind == null) {
            kind = RmiTemplate.fromTitle(evidence.declarationText(2, 4));
        }
        if (kind == null && evidence.sheetNames().contains("Minerals Scope")) {
            kind = RmiTemplate.AMRT;
        }
        if (kind == null && evidence.sheetNames().contains("Mine List")) {
            kind = RmiTemplate.EMRT;
        }
        String revision = revision(evidence);
        if (!evidence.sheetNames().contains(TemplateEvidence.DECLARATION)) {
            return kind != null && kind != RmiTemplate.CMRT
                    ? new TemplateDetection(TemplateDetection.Verdict.OTHER_TEMPLATE, kind, revision)
                    : new TemplateDetection(TemplateDetection.Verdict.NO_DECLARATION_SHEET, null, revision);
        }
        if (kind == null && (revision == null || !evidence.sheetNames().contains(TemplateEvidence.SMELTER_LIST))) {
            return new TemplateDetection(TemplateDetection.Verdict.NOT_A_TEMPLATE, null, revision);
        }
        if (kind != null && kind != RmiTemplate.CMRT) {
            return new TemplateDetection(TemplateDetection.Verdict.OTHER_TEMPLATE, kind, revision);
        }
        return new TemplateDetection(TemplateDetection.Verdict.CMRT, RmiTemplate.CMRT, revision);
    }

    private static String revision(TemplateEvidence evidence) {
        String found = find(evidence.declarationText(3, 10));
        for (int row = 1; row <= 5 && found == null; row++) {
            for (int column = 1; column <= 16 && found == null; column++) {
                found = find(evidence.declarationText(row, column));
            }
        }
        for (int i = 0; i < evidence.smelterListHeader().size() && found == null; i++) {
            found = find(evidence.smelterListHeader().get(i));
        }
        return found;
    }

    private static String find(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = REVISION.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
