package org.oretrace.kernel.cmrt;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule on hand-made evidence; the real templates are read in outreach's and intake's tests. */
class TemplateDetectorTest {

    private static TemplateEvidence cmrtSheets() {
        return new TemplateEvidence().sheets(List.of("Revision", "Instructions", "Declaration", "Smelter List"));
    }

    @Test
    void aCmrtByItsTitleWithTheRevisionInJ3() {
        TemplateDetection d = TemplateDetector.detect(cmrtSheets()
                .revisionText("Conflict Minerals Reporting Template (CMRT)")
                .declarationText(3, 10, "Revision 6.5"));
        assertThat(d).isEqualTo(new TemplateDetection(TemplateDetection.Verdict.CMRT, RmiTemplate.CMRT, "6.5"));
        assertThat(d.isCmrt()).isTrue();
        assertThat(d.otherTemplateName()).isNull();
    }

    @Test
    void aCmrtInAnotherLanguageByTheAbbreviationAndTheRevisionInTheSmelterListHeader() {
        TemplateDetection d = TemplateDetector.detect(cmrtSheets()
                .declarationText(2, 4, "Modèle de déclaration des minerais de conflit (CMRT)")
                .smelterListText("Revision 6.01"));
        assertThat(d.verdict()).isEqualTo(TemplateDetection.Verdict.CMRT);
        assertThat(d.revision()).isEqualTo("6.01");
    }

    @Test
    void withoutATitleARevisionAndASmelterListMakeACmrt() {
        assertThat(TemplateDetector.detect(cmrtSheets().declarationText(3, 10, "Revision 6.22")).isCmrt()).isTrue();
        assertThat(TemplateDetector.detect(new TemplateEvidence().sheet("Declaration").declarationText(3, 10, "Revision 6.22"))
                .verdict()).isEqualTo(TemplateDetection.Verdict.NOT_A_TEMPLATE);
        assertThat(TemplateDetector.detect(cmrtSheets()).verdict()).isEqualTo(TemplateDetection.Verdict.NOT_A_TEMPLATE);
    }

    @Test
    void otherTemplatesByTitleOrTheirOwnSheets() {
        TemplateDetection emrt = TemplateDetector.detect(new TemplateEvidence()
                .sheets(List.of("Revision", "Declaration", "Smelter List", "Mine List")).declarationText(3, 10, "Revision 2.1"));
        assertThat(emrt.verdict()).isEqualTo(TemplateDetection.Verdict.OTHER_TEMPLATE);
        assertThat(emrt.otherTemplateName()).isEqualTo("the RMI Extended Minerals Reporting Template (EMRT) revision 2.1");
        TemplateDetection crt = TemplateDetector.detect(cmrtSheets().revisionText("Cobalt Reporting Template (CRT)"));
        assertThat(crt.template()).isEqualTo(RmiTemplate.CRT);
        TemplateDetection amrt = TemplateDetector.detect(new TemplateEvidence().sheet("Minerals Scope"));
        assertThat(amrt.verdict()).isEqualTo(TemplateDetection.Verdict.OTHER_TEMPLATE);
        assertThat(amrt.template()).isEqualTo(RmiTemplate.AMRT);
    }

    @Test
    void aWorkbookWithoutDeclarationSheet() {
        assertThat(TemplateDetector.detect(new TemplateEvidence().sheet("Sheet1")).verdict())
                .isEqualTo(TemplateDetection.Verdict.NO_DECLARATION_SHEET);
    }

    @Test
    void cellsOutsideTheLookedAtRegionAreIgnored() {
        assertThat(TemplateDetector.detect(cmrtSheets().declarationText(9, 4, "Revision 6.4")).revision()).isNull();
        assertThat(TemplateEvidence.wantsRevisionCell(8, 6)).isTrue();
        assertThat(TemplateEvidence.wantsRevisionCell(9, 1)).isFalse();
        assertThat(TemplateEvidence.wantsSmelterListCell(3, 20)).isTrue();
        assertThat(TemplateEvidence.wantsSmelterListCell(4, 1)).isFalse();
    }
}
