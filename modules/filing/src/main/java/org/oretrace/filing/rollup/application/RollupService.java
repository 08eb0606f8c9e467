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
import org.oretrace.filing.domain.Narrative;
import org.oretrace.filing.domain.Registrant;
import org.oretrace.filing.rollup.domain.AnswerOverride;
import org.oretrace.filing.rollup.domain.CompanyCmrt;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;

import java.util.List;
import java.util.Optional;

/**
 * Our own CMRT and EMRT per reporting year (each kind its own versions): review the rolled-up answers, override with a reason, generate, finalize. Reading is
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
        return new CmrtRollup(filings.sources(), sources());
    }

    /** The roll-up of our CMRT or our EMRT. */
    public TemplateRollup rollup(RmiTemplate kind) {
        return switch (kindOf(kind)) {
            case EMRT -> new EmrtRollup(filings.sources(), sources());
            default -> rollup();
        };
    }

    private RollupSources sources() {
        if (!sourceBeans.isResolvable()) {
            throw new BusinessRuleException("Supplier declarations are not connected: our CMRT and EMRT cannot be rolled up");
        }
        return sourceBeans.get();
    }

    /** Whether an administrator uploaded a blank of that template to a campaign (generating needs one). */
    public boolean blankAvailable(RmiTemplate kind) {
        return sources().newestTemplate(kindOf(kind)).isPresent();
    }

    /** CMRT or EMRT; any other template is refused by name. */
    public static RmiTemplate kindOf(RmiTemplate kind) {
        if (kind != RmiTemplate.CMRT && kind != RmiTemplate.EMRT) {
            throw new BusinessRuleException("Oretrace rolls up our own CMRT and EMRT, not the " + kind);
        }
        return kind;
    }

    @Transactional
    public Optional<CompanyCmrt> current(int year) {
        return current(year, RmiTemplate.CMRT);
    }

    @Transactional
    public Optional<CompanyCmrt> current(int year, RmiTemplate kind) {
        ReportingYear.of(year);
        return VERSIONS.current(em, year, kindOf(kind));
    }

    @Transactional
    public List<CompanyCmrt> versions(int year) {
        return versions(year, RmiTemplate.CMRT);
    }

    @Transactional
    public List<CompanyCmrt> versions(int year, RmiTemplate kind) {
        return VERSIONS.all(em, year, kindOf(kind));
    }

    @Transactional
    public Optional<CompanyCmrt> version(int year, int version) {
        return version(year, RmiTemplate.CMRT, version);
    }

    @Transactional
    public Optional<CompanyCmrt> version(int year, RmiTemplate kind, int version) {
        return versions(year, kind).stream().filter(c -> c.getVersion() == version).findFirst();
    }

    /** The answers as they stand now for the current draft (frozen ones for a final version). */
    @Transactional
    public CmrtRollup.Review review(int year) {
        return (CmrtRollup.Review) review(year, RmiTemplate.CMRT);
    }

    @Transactional
    public TemplateRollup.Reviewed review(int year, RmiTemplate kind) {
        CompanyCmrt version = current(year, kind).orElseGet(() -> firstDraft(year, kind));
        return rollup(kind).review(version, filing(year).isPresent(), policyDescribed(year));
    }

    /** The cover page of the year's filing (its current version), which gives our company information. */
    @Transactional
    public Optional<Registrant> registrant(int year) {
        return filing(year).map(Filing::getRegistrant);
    }

    private Optional<Filing> filing(int year) {
        return filings.current(year);
    }

    /** The program on the year's filing workspace describes our sourcing policy (company question A). */
    private boolean policyDescribed(int year) {
        return filing(year).map(f -> f.getNarrative().get(Narrative.Field.POLICY)).filter(p -> !p.isBlank()).isPresent();
    }

    /**
     * Version 1 of a kind, not stored: our EMRT starts from our CMRT's scope, products and addresses (the same company
     * answers both), our CMRT from nothing.
     */
    private CompanyCmrt firstDraft(int year, RmiTemplate kind) {
        if (kind == RmiTemplate.EMRT) {
            Optional<CompanyCmrt> cmrt = current(year, RmiTemplate.CMRT);
            if (cmrt.isPresent()) {
                return cmrt.get().firstOf(RmiTemplate.EMRT, clock.now(), currentUser.name());
            }
        }
        return new CompanyCmrt(kind, year, 1, clock.now(), currentUser.name());
    }

    /** The year's draft: the current one, a new version after a final one, or version 1. */
    private CompanyCmrt draft(int year, RmiTemplate kind) {
        Optional<CompanyCmrt> current = current(year, kind);
        if (current.isPresent() && !current.get().isFinal()) {
            return current.get();
        }
        CompanyCmrt draft = current.map(c -> c.next(clock.now(), currentUser.name()))
                .orElseGet(() -> firstDraft(year, kind));
        em.persist(draft);
        audit.record(auditType(kind), year + " v" + draft.getVersion(), "created", "Draft of our " + year + " "
                + kind.name() + " started");
        return draft;
    }

    private static String auditType(RmiTemplate kind) {
        return kind == RmiTemplate.CMRT ? AUDIT_TYPE : "Company " + kind.name();
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public CompanyCmrt choose(int year, boolean productLevel, String scopeDescription, String products, String contactEmail,
                              String authorizerEmail, String authorizerPhone, String policyUrl) {
        return choose(year, RmiTemplate.CMRT, productLevel, scopeDescription, products, contactEmail, authorizerEmail,
                authorizerPhone, policyUrl);
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public CompanyCmrt choose(int year, RmiTemplate kind, boolean productLevel, String scopeDescription, String products,
                              String contactEmail, String authorizerEmail, String authorizerPhone, String policyUrl) {
        limit(scopeDescription, 1000, "scope description");
        limit(products, CompanyCmrt.MAX_PRODUCTS_TEXT, "product list");
        limit(contactEmail, 200, "contact email");
        limit(authorizerEmail, 200, "authorizer email");
        limit(authorizerPhone, 50, "authorizer phone");
        limit(policyUrl, 300, "policy address");
        CompanyCmrt draft = draft(year, kindOf(kind));
        draft.choose(productLevel, scopeDescription, products, contactEmail, authorizerEmail, authorizerPhone, policyUrl);
        audit.record(auditType(kind), year + " v" + draft.getVersion(), "updated", (productLevel ? "Product-level, "
                + draft.productRows().size() + " products" : "Company-level") + "; policy " + (policyUrl == null ? "none" : policyUrl));
        return draft;
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public CompanyCmrt override(int year, String key, String answer, String reason) {
        return override(year, RmiTemplate.CMRT, key, answer, reason);
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public CompanyCmrt override(int year, RmiTemplate kind, String key, String answer, String reason) {
        String value = rollup(kind).checkedOverride(key, answer, reason);
        CompanyCmrt draft = draft(year, kind);
        draft.override(new AnswerOverride(key, value, reason.strip(), currentUser.name(), clock.now()));
        audit.record(auditType(kind), year + " v" + draft.getVersion(), "answer overridden", key + " = " + value
                + ", reason: " + reason.strip());
        return draft;
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public CompanyCmrt removeOverride(int year, String key) {
        return removeOverride(year, RmiTemplate.CMRT, key);
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public CompanyCmrt removeOverride(int year, RmiTemplate kind, String key) {
        CompanyCmrt draft = draft(year, kindOf(kind));
        if (draft.removeOverride(key)) {
            audit.record(auditType(kind), year + " v" + draft.getVersion(), "override removed", key);
        }
        return draft;
    }

    /** Generates the current draft into the newest blank template; a final current version starts the next one. */
    @Allowed(Role.COMPLIANCE)
    @Transactional
    public CompanyCmrt generate(int year) {
        return generate(year, RmiTemplate.CMRT);
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public CompanyCmrt generate(int year, RmiTemplate kind) {
        CompanyCmrt draft = draft(year, kindOf(kind));
        Optional<Filing> filing = filing(year);
        CmrtRollup.Generated g = rollup(kind).generate(draft, filing.map(Filing::getRegistrant).orElse(null),
                filing.isPresent(), policyDescribed(year), clock.today());
        draft.generated(g.content(), g.sha256(), AnswersJson.write(g.answers()), g.templateName(), g.templateVersion(),
                clock.now(), currentUser.name());
        audit.record(auditType(kind), year + " v" + draft.getVersion(), "generated", kind.name() + " " + g.templateVersion()
                + " from " + g.templateName() + ", " + g.smelterRows() + " smelter rows, SHA-256 " + g.sha256());
        return draft;
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public CompanyCmrt finalizeVersion(int year) {
        return finalizeVersion(year, RmiTemplate.CMRT);
    }

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public CompanyCmrt finalizeVersion(int year, RmiTemplate kind) {
        CompanyCmrt current = current(year, kind).orElseThrow(() -> new BusinessRuleException("No " + kind.name()
                + " generated for " + year));
        current.finalizeVersion(clock.now(), currentUser.name());
        audit.record(auditType(kind), year + " v" + current.getVersion(), "finalized", "SHA-256 " + current.getSha256());
        return current;
    }

    private static void limit(String value, int max, String what) {
        if (value != null && value.length() > max) {
            throw new BusinessRuleException("The " + what + " is limited to " + max + " characters");
        }
    }
}
