package org.oretrace.filing.testing;

import org.oretrace.filing.domain.DefaultNarrative;
import org.oretrace.filing.domain.Narrative;

/** The default text with its bracketed template text and program fields written out, as a filer would (the seed company's words). */
public final class Narratives {

    private Narratives() {
    }

    public static Narrative filledIn() {
        Narrative n = DefaultNarrative.create();
        n.set(Narrative.Section.OVERVIEW, n.get(Narrative.Section.OVERVIEW)
                .replace("[describe the products]", "commercial-duty automatic transmissions and hybrid propulsion systems")
                .replace("[the product categories]", "our transmissions and their components"));
        n.set(Narrative.Field.ANNUAL_REPORT, "our Annual Report on Form 10-K for the year ended December 31, 2023, filed with"
                + " the SEC on February 14, 2024");
        n.set(Narrative.Field.SCOPE, "Our direct ferrous, metallic and electrical component suppliers supply the components"
                + " and materials that may contain conflict minerals.");
        n.set(Narrative.Field.POLICY, "We adopted a conflict minerals policy, published at www.example.com/policy.");
        n.set(Narrative.Field.TEAM, "A cross-functional team led by our Chief Compliance Officer oversees the program.");
        n.set(Narrative.Field.GRIEVANCE, "Concerns can be reported anonymously through our ethics hotline.");
        n.set(Narrative.Field.RECORDS, "We keep due diligence records for five years.");
        return n;
    }
}
