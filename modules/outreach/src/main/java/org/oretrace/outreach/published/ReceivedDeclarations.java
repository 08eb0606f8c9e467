package org.oretrace.outreach.published;

import org.oretrace.kernel.cmrt.RmiTemplate;

import java.util.List;

/**
 * The declarations a supplier sent, for the supplier page, and which RMI template a declaration answers, for the
 * campaign's per-template response figures. Intake depends on outreach, so intake provides this as a CDI bean; without
 * intake the page shows the declaration ids its events named, and every declaration counts as a CMRT.
 */
public interface ReceivedDeclarations {

    List<DeclarationLink> forSupplier(long supplierId);

    /**
     * The template the declaration answers (CMRT or EMRT). Outreach asks it when intake's {@code DeclarationEvaluated}
     * names a declaration, to record that template's answer on the supplier's request (a supplier asked for both that
     * sent one is PARTIAL). The default, CMRT, is what every declaration was before intake read EMRTs.
     */
    default RmiTemplate templateOf(long declarationId) {
        return RmiTemplate.CMRT;
    }

    /**
     * @param link     the page of the declaration, relative to the context root
     * @param template the RMI template the declaration answers
     */
    record DeclarationLink(long declarationId, Integer reportingYear, String fileName, String outcome, String link,
                           RmiTemplate template) {

        /** A CMRT's link (what intake sent before it read EMRTs). */
        public DeclarationLink(long declarationId, Integer reportingYear, String fileName, String outcome, String link) {
            this(declarationId, reportingYear, fileName, outcome, link, RmiTemplate.CMRT);
        }
    }
}
