package org.oretrace.filing.web;

import jakarta.persistence.EntityManager;
import org.oretrace.intake.domain.Declaration;

/**
 * Breaks every module-boundary rule on purpose, so that {@code BoundaryRulesCatchViolationsTest} can show each rule
 * fails when it should. Test code only: the architecture tests import main classes.
 */
class ViolatingBoundariesFixture {

    /** Reads outreach's table, not its view. */
    static final String RAW = "SELECT s.name FROM supplier s JOIN survey_request q ON q.supplier_id = s.id";

    /** Reads outreach's published view: allowed. */
    static final String VIEW = "SELECT supplier_name FROM outreach_supplier_name";

    EntityManager em;

    String company(long id) {
        Declaration d = em.find(Declaration.class, id);
        return d.getFileName();
    }
}
