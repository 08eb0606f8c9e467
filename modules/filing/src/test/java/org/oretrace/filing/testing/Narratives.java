package org.oretrace.filing.testing;

import org.oretrace.filing.domain.DefaultNarrative;
import org.oretrace.filing.domain.Narrative;

/** The default text with its bracketed template text written out, as a filer would (the seed company's words). */
public final class Narratives {

    private Narratives() {
    }

    public static Narrative filledIn() {
        Narrative n = DefaultNarrative.create();
        n.set(Narrative.Section.OVERVIEW, n.get(Narrative.Section.OVERVIEW)
                .replace("[describe the products]", "commercial-duty automatic transmissions and hybrid propulsion systems")
                .replace("[the product categories]", "our transmissions and their components"));
        return n;
    }
}
