package org.oretrace.filing.rollup.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.filing.application.FilingService;
import org.oretrace.filing.application.YearVersions;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.Registrant;
import org.oretrace.filing.rollup.domain.AnswerOverride;
import org.oretrace.filing.rollup.domain.CompanyCmrt;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;

import java.util.List;
import java.util.Optional;

/**
 * Our own CMRT per reporting year: review the rolled-up answers, override with a reason, generate, finalize. Reading is
 * open to every signed-in role; changes need COMPLIANCE and are audited in the same transaction.
 */
@ApplicationScoped
public class RollupService {

    private static final YearVersions<CompanyCmrt> VERSIONS = new YearVersions<>(CompanyCmrt.class);

    private static final String AUDIT_TYPE = "Company CMRT";

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    FilingService filings;

    @Inject
    Instance<RollupSources> sourceBeans;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    ApplicationClock clock;

    public CmrtRollup rollup() {
        if (!sourceBeans.isResolvable()) {
            throw new BusinessRuleException("Supplier declarations are not connected: our CMRT cannot be rolled up");
        }
        return new CmrtRollup(filings.sources(), sourceBeans.get());
    }

    @Transactional
    public Optional<CompanyCmrt> current(int year) {
        ReportingYear.of(year);
        return VERSIONS.current(em, year);
    }

    @Transactional
    public List<CompanyCmrt> versions(int year) {
        return VERSIONS.all(em, year);
    }

    @Transactional
    public Optional<CompanyCmrt> version(int year, int version) {
        return versions(year).stream().filter(c -> c.getVersion() == version).findFirst();
    }

    /** The answers as they stand now for the current draft (frozen ones for a final version). */
    @Transactional
    public CmrtRollup.Review review(int year) {
        CompanyCmrt cmrt = current(year).orElseGet(() -> new CompanyCmrt(year, 1, clock.now(), currentUser.name()));
        return rollup().review(cmrt, filing(year).isPresent());
    }

    /** The cover page of the year's filing (its current version), which gives our company information. */
    @Transactional
    public Optional<Registrant> registrant(int year) {
        return filing(year).map(Filing::getRegistrant);
    }

    private Optional<Filing> filing(int year) {
        return filings.current(year);
    }

    /** The year's draft: the current one, a new version after a final one, or version 1. */
    private CompanyCmrt draft(int year) {
        Optional<CompanyCmrt> current = current(year);
        if (current.isPresent() && !current.get().isFinal()) {
            return current.get();
        }
        CompanyCmrt draft = current.map(c -> c.next(clock.now(), currentUser.name()))
                .orElseGet(() -> new CompanyCmrt(year, 1, clock.now(), currentUser.name()));
        em.persist(draft);
        audit.record(AUDIT_TYPE, year + " v" + draft.getVersion(), "created", "Draft of our " + year + " CMRT started");
        return draft;
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public CompanyCmrt choose(int year, boolean productLevel, String scopeDescription, String products, String contactEmail,
                              String authorizerEmail, String authorizerPhone, String policyUrl) {
        limit(scopeDescription, 1000, "scope description");
        limit(products, CompanyCmrt.MAX_PRODUCTS_TEXT, "product list");
        limit(contactEmail, 200, "contact email");
        limit(authorizerEmail, 200, "authorizer email");
        limit(authorizerPhone, 50, "authorizer phone");
        limit(policyUrl, 300, "policy address");
        CompanyCmrt draft = draft(year);
        draft.choose(productLevel, scopeDescription, products, contactEmail, authorizerEmail, authorizerPhone, policyUrl);
        audit.record(AUDIT_TYPE, year + " v" + draft.getVersion(), "updated", (productLevel ? "Product-level, "
                + draft.productRows().size() + " products" : "Company-level") + "; policy " + (policyUrl == null ? "none" : policyUrl));
        return draft;
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public CompanyCmrt override(int year, String key, String answer, String reason) {
        String value = CmrtRollup.checkOverride(key, answer, reason);
        CompanyCmrt draft = draft(year);
        draft.override(new AnswerOverride(key, value, reason.strip(), currentUser.name(), clock.now()));
        audit.record(AUDIT_TYPE, year + " v" + draft.getVersion(), "answer overridden", key + " = " + value
                + ", reason: " + reason.strip());
        return draft;
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public CompanyCmrt removeOverride(int year, String key) {
        CompanyCmrt draft = draft(year);
        if (draft.removeOverride(key)) {
            audit.record(AUDIT_TYPE, year + " v" + draft.getVersion(), "override removed", key);
        }
        return draft;
    }

    /** Generates the current draft into the newest blank template; a final current version starts the next one. */
    @Allowed(Role.COMPLIANCE)
    @Transactional
    public CompanyCmrt generate(int year) {
        CompanyCmrt draft = draft(year);
        Optional<Filing> filing = filing(year);
        CmrtRollup.Generated g = rollup().generate(draft, filing.map(Filing::getRegistrant).orElse(null), filing.isPresent(),
                clock.today());
        draft.generated(g.content(), g.sha256(), AnswersJson.write(g.answers()), g.templateName(), g.templateVersion(),
                clock.now(), currentUser.name());
        audit.record(AUDIT_TYPE, year + " v" + draft.getVersion(), "generated", "CMRT " + g.templateVersion() + " from "
                + g.templateName() + ", " + g.smelterRows() + " smelter rows, SHA-256 " + g.sha256());
        return draft;
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public CompanyCmrt finalizeVersion(int year) {
        CompanyCmrt current = current(year).orElseThrow(() -> new BusinessRuleException("No CMRT generated for " + year));
        current.finalizeVersion(clock.now(), currentUser.name());
        audit.record(AUDIT_TYPE, year + " v" + current.getVersion(), "finalized", "SHA-256 " + current.getSha256());
        return current;
    }

    private static void limit(String value, int max, String what) {
        if (value != null && value.length() > max) {
            throw new BusinessRuleException("The " + what + " is limited to " + max + " characters");
        }
    }
}
