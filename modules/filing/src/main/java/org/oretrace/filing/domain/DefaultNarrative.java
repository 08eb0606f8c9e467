package org.oretrace.filing.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * The text a first filing starts from, modelled on a real Conflict Minerals Report, with every number a
 * placeholder. Paragraphs are separated by blank lines; a line starting with "- " is a bullet.
 */
public final class DefaultNarrative {

    private DefaultNarrative() {
    }

    public static Narrative create() {
        Map<Narrative.Section, String> t = new EnumMap<>(Narrative.Section.class);
        t.put(Narrative.Section.OVERVIEW, """
                {registrantName} (the "Company", "we", "us" or "our") designs and manufactures [describe the products].

                We conducted an analysis of our products and found that conflict minerals are necessary to the \
                production or functionality of [the product categories].

                A complete description of our products can be found in {annualReportReference}. This report covers the \
                reporting period from {periodStart} to {periodEnd}.""");
        t.put(Narrative.Section.RCOI, """
                We conducted a good faith reasonable country of origin inquiry ("RCOI") to determine whether the \
                necessary conflict minerals originated in the Covered Countries or came from recycled or scrap \
                sources. We are several levels removed from the mining of conflict minerals and relied on our direct \
                suppliers to provide information on the origin of the conflict minerals in the components and \
                materials supplied to us, using the Responsible Minerals Initiative's ("RMI") Conflict Minerals \
                Reporting Template ("CMRT").

                Scope of RCOI. Our RCOI included an inquiry of the suppliers of {scopeCategories}, solicited by our \
                campaign for the year. {scopeReason}

                Communication with suppliers. We sent {requestsSent} requests for a completed CMRT, followed by \
                {remindersSent} reminders to suppliers who had not responded, {escalationsSent} escalations to the \
                employees responsible for the supplier relationships and {finalNoticesSent} final notices; we also \
                logged {phoneCallsLogged} phone calls and {lettersLogged} letters to suppliers.

                RCOI Results. We identified approximately {suppliersSolicited} suppliers in scope of our RCOI and \
                solicited each of them. We received responses from approximately {responseRatePercent}% of the \
                suppliers solicited ({suppliersResponded} suppliers). Of the {declarationsAccepted} declarations we \
                accepted, {declarationsCompanyLevel} were made at company level, {declarationsProductLevel} at \
                product level and {declarationsUserDefined} with a user-defined scope. We reviewed the responses \
                against criteria designed to identify incomplete or inconsistent answers; {declarationsNeedingFollowUp} \
                declarations required follow-up with the supplier, of which {declarationsFollowUpResolved} were \
                resolved by a revised response or additional clarification; we sent {correctiveActionsSent} \
                corrective-action requests describing what was incomplete or inconsistent.

                {rcoiConclusion}""");
        t.put(Narrative.Section.DUE_DILIGENCE, """
                We conducted due diligence on the source and chain of custody of the conflict minerals in our \
                products for which, based on our RCOI, we could not determine that they did not originate in the \
                Covered Countries or that they came from recycled or scrap sources.

                Design of Due Diligence. Our due diligence procedures were designed to conform, in all material \
                respects, with the five-step framework of the Organisation for Economic Co-operation and \
                Development ("OECD") Due Diligence Guidance for Responsible Supply Chains of Minerals from \
                Conflict-Affected and High-Risk Areas. Our due diligence measures included:

                - Establish strong company management systems. Policy: {policy} Team: {team} Supplier engagement: \
                {suppliersWithContractClause} of the {suppliersSolicited} suppliers in scope have a conflict minerals \
                clause in their contract with us as of {periodEnd}. Grievance mechanism: {grievanceMechanism} \
                Records: {recordsRetention}
                - Identify and assess risk in the supply chain. We surveyed {suppliersSolicited} suppliers with the \
                CMRT and compared the {smeltersIdentified} smelters and refiners they identified against the RMI's \
                Responsible Minerals Assurance Process ("RMAP") lists as of {periodEnd} (statuses from: \
                {rmapSources}): {smeltersConformant} were conformant, {smeltersActive} active, \
                {smeltersNotConformant} not conformant, and the status of {smeltersRmapUnknown} was unknown; the \
                figures per metal are stated in the Due Diligence Results.
                - Design and implement a strategy to respond to identified risks. We followed up on incomplete or \
                inconsistent responses: we sent {correctiveActionsSent} corrective-action requests, and \
                {declarationsFollowUpResolved} of the {declarationsNeedingFollowUp} declarations that required \
                follow-up were resolved. We assessed the red flags reported by suppliers (covered-country sourcing, \
                sanctioned or covered-country smelters, unidentified smelters): {declarationsWithRedFlags} \
                declarations carried red flags, of which {redFlagsAcceptedWithReason} were accepted with a documented \
                reason, for {redFlagsSupplierAsked} the supplier was asked to explain or mitigate, \
                {redFlagsEscalated} were escalated to senior management and {redFlagsNotReviewed} were not yet \
                assessed. We screened the reported smelters and refiners against the sanctions lists of the U.S. \
                Department of the Treasury, Office of Foreign Assets Control.
                - Carry out independent third-party audits of supply chain due diligence. We do not have a direct \
                relationship with smelters and refiners and rely on the RMAP's independent third-party audits of \
                smelters and refiners; we do not audit smelters ourselves.
                - Report annually on supply chain due diligence. This report is filed with the SEC as an exhibit to \
                our specialized disclosure report on Form SD and published at {website}.""");
        t.put(Narrative.Section.RESULTS, """
                Based on the responses of our suppliers, we believe that the {smeltersIdentified} smelters and \
                refiners listed in Annex A may have been used to process the conflict minerals in our products. As \
                of {periodEnd}, {smeltersConformant} of them were conformant with the RMAP standards, \
                {smeltersActive} were active in the RMAP, {smeltersNotConformant} were not conformant, and the RMAP \
                status of {smeltersRmapUnknown} was not known to us (statuses from: {rmapSources}); \
                {smeltersInCoveredCountries} are located in the Covered \
                Countries. {suppliersCoveredCountrySourcing} suppliers indicated that conflict minerals in their \
                products may have originated in the Covered Countries, and {suppliersRecycledScrap} suppliers \
                indicated that some of their conflict minerals came entirely from recycled or scrap sources. Per metal:

                {rmapPerMetal}

                {flaggedSmelters}

                Many responses were provided at company level rather than for the products supplied to us \
                ({declarationsCompanyLevel} of {declarationsAccepted}), and {unresolvedNames} smelter names reported \
                could not be matched to a smelter identification number, so the list in Annex A is likely to be both \
                incomplete and overinclusive. {sanctionedSmelters} of the smelters and refiners reported by our \
                suppliers are subject to sanctions of the United States Department of the Treasury, Office of Foreign \
                Assets Control; because of the overinclusive nature of the CMRT information, we are unable to confirm \
                whether they processed conflict minerals in our products. We expect all of our suppliers to comply \
                with sanctions law.

                Country of origin. Because we have not received complete responses from all suppliers and many \
                responses were provided at company level, we do not have sufficient information to determine \
                conclusively the countries of origin or the chain of custody of the conflict minerals in our \
                products.""");
        t.put(Narrative.Section.FUTURE_MEASURES, """
                In {nextYear} we intend to continue the following steps to improve the information gathered from \
                our due diligence and to further mitigate the risk that our necessary conflict minerals benefit \
                armed groups:

                - engage with suppliers to increase the response rate (this year {responseRatePercent}%), \
                completeness and accuracy of their responses, and ask for product-level declarations;
                - encourage suppliers to source from smelters and refiners conformant with the RMAP, and follow up on \
                the {smeltersNotConformant} not conformant and {smeltersRmapUnknown} unknown-status smelters;
                - include conflict minerals clauses in new or renewed supplier contracts (this year \
                {suppliersWithContractClause} of {suppliersSolicited} suppliers in scope).""");
        return Narrative.of(t);
    }
}
