package org.oretrace.filing.rollup.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.filing.domain.Registrant;
import org.oretrace.filing.rollup.application.AnswersJson;
import org.oretrace.filing.rollup.application.CmrtRollup;
import org.oretrace.filing.rollup.application.RollupService;
import org.oretrace.filing.rollup.application.TemplateRollup;
import org.oretrace.filing.rollup.domain.CompanyCmrt;
import org.oretrace.filing.rollup.domain.RolledAnswer;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.kernel.web.FieldErrors;
import org.oretrace.kernel.web.PageMessages;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Our CMRT / EMRT screen (?kind=emrt): review the rolled-up answers, override with a reason, choose the scope, generate, finalize, download. */
@Named
@ViewScoped
public class RollupBean implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.US).withZone(ZoneId.of("UTC"));

    @Inject
    transient RollupService rollups;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient ApplicationClock clock;

    private int year;
    private RmiTemplate kind = RmiTemplate.CMRT;
    private transient CompanyCmrt current;
    private List<RolledAnswer> answers = List.of();
    private Map<Long, String> supplierOf = Map.of();
    private List<CompanyCmrt> versions = List.of();
    private List<String> missing = List.of();
    private boolean registrantPresent;

    // the form: choices
    private boolean productLevel;
    private String scopeDescription;
    private String products;
    private String contactEmail;
    private String authorizerEmail;
    private String authorizerPhone;
    private String policyUrl;

    // the form: an override
    private String overrideKey;
    private String overrideAnswer;
    private String overrideReason;

    public void load() {
        String y = PageMessages.parameter("year");
        try {
            year = y == null || y.isBlank() ? ReportingYear.inProgressOn(clock.today()).value() : Integer.parseInt(y.strip());
            ReportingYear.of(year);
        } catch (RuntimeException e) {
            PageMessages.error("Not a reporting year: " + y);
            year = ReportingYear.inProgressOn(clock.today()).value();
        }
        kind = "emrt".equalsIgnoreCase(PageMessages.parameter("kind")) ? RmiTemplate.EMRT : RmiTemplate.CMRT;
        refresh();
        if (current != null) {
            productLevel = current.isProductLevel();
            scopeDescription = current.getScopeDescription();
            products = current.getProducts();
            contactEmail = current.getContactEmail();
            authorizerEmail = current.getAuthorizerEmail();
            authorizerPhone = current.getAuthorizerPhone();
            policyUrl = current.getPolicyUrl();
        }
    }

    private void refresh() {
        current = rollups.current(year, kind).orElse(null);
        versions = rollups.versions(year, kind);
        Registrant registrant = rollups.registrant(year).orElse(null);
        registrantPresent = registrant != null;
        PageMessages.attempt(() -> {
            TemplateRollup.Reviewed review = rollups.review(year, kind);
            supplierOf = review.supplierOf();
            answers = current != null && current.isFinal() ? AnswersJson.read(current.getAnswersJson()) : review.answers();
        });
        CompanyCmrt forCheck = current != null ? current : new CompanyCmrt(kind, year, 1, clock.now(), "-");
        missing = CmrtRollup.missing(forCheck, registrant);
    }

    public void save() {
        if (FieldErrors.at("rollup:contactEmail")
                .when("authorizer phone", "rollup:authorizerPhone")
                .when("authorizer", "rollup:authorizerEmail")
                .when("product", "rollup:products")
                .when("scope", "rollup:scopeDescription")
                .when("polic", "rollup:policyUrl")
                .attempt(() -> {
            rollups.choose(year, kind, productLevel, scopeDescription, products, contactEmail, authorizerEmail, authorizerPhone,
                    policyUrl);
        })) {
            PageMessages.info("Saved");
        }
        refresh();
    }

    public void prepareOverride(String key) {
        overrideKey = key;
        overrideAnswer = answers.stream().filter(a -> a.key().equals(key)).map(RolledAnswer::answer).findFirst().orElse(null);
        overrideReason = null;
    }

    public void override() {
        if (FieldErrors.at("rollup:overrideReason").when("answer to", "rollup:overrideAnswer").attempt(() -> {
            rollups.override(year, kind, overrideKey, overrideAnswer, overrideReason);
        })) {
            PageMessages.info("Answer " + label(overrideKey) + " overridden");
        }
        refresh();
    }

    public void removeOverride(String key) {
        if (PageMessages.attempt(() -> {
            rollups.removeOverride(year, kind, key);
        })) {
            PageMessages.info("Answer " + label(key) + " follows the roll-up again");
        }
        refresh();
    }

    public void generate() {
        CompanyCmrt done = PageMessages.attempt(() -> rollups.generate(year, kind));
        if (done != null) {
            PageMessages.info("Version " + done.getVersion() + " generated (SHA-256 " + done.getSha256() + ")");
        }
        refresh();
    }

    public void finalizeVersion() {
        CompanyCmrt done = PageMessages.attempt(() -> rollups.finalizeVersion(year, kind));
        if (done != null) {
            PageMessages.info("Version " + done.getVersion() + " is final");
        }
        refresh();
    }

    /** "Q3 Tin", "Company question B". */
    public static String label(String key) {
        if (key == null) {
            return "";
        }
        String[] parts = key.split("\\.");
        if (parts.length == 1) {
            return "company question " + parts[0];
        }
        String metal = parts[1].charAt(0) + parts[1].substring(1).toLowerCase(Locale.ROOT);
        return Character.isDigit(parts[0].charAt(0)) ? "Q" + parts[0] + " " + metal : "question " + parts[0] + " " + metal;
    }

    public String labelOf(RolledAnswer a) {
        if (a.isCompanyQuestion()) {
            return "Company question " + a.question();
        }
        // the EMRT's question C is asked per mineral
        return Character.isDigit(a.question().charAt(0)) ? "Q" + a.question() + " " + a.metal().displayName()
                : "Question " + a.question() + " " + a.metal().displayName();
    }

    public List<String> choicesFor(String key) {
        if (key == null) {
            return List.of();
        }
        List<String> choices = PageMessages.attempt(() -> rollups.rollup(kind).choices(key));
        return choices == null ? List.of() : choices;
    }

    public String supplier(long declarationId) {
        return supplierOf.getOrDefault(declarationId, "Declaration " + declarationId);
    }

    public String when(CompanyCmrt c, boolean finalized) {
        var at = finalized ? c.getFinalizedAt() : c.getGeneratedAt();
        return at == null ? "" : WHEN.format(at) + " UTC";
    }

    public String status(CompanyCmrt c) {
        return c.isFinal() ? "Final" : "Draft";
    }

    public boolean isCanChange() { return currentUser.canChange(); }
    public boolean isDraftEditable() { return current == null || !current.isFinal(); }
    public boolean isGenerated() { return current != null && current.getContent() != null; }
    public int getYear() { return year; }
    public String getKind() { return kind.name(); }
    /** "cmrt" or "emrt", as the REST paths and the page parameter spell it. */
    public String getKindPath() { return kind.name().toLowerCase(Locale.ROOT); }
    public String getKindTitle() { return kind == RmiTemplate.EMRT ? "Extended Minerals Reporting Template"
            : "Conflict Minerals Reporting Template"; }
    public CompanyCmrt getCurrent() { return current; }
    public List<RolledAnswer> getAnswers() { return answers; }
    public List<CompanyCmrt> getVersions() { return versions; }
    public List<String> getMissing() { return missing; }
    public boolean isRegistrantPresent() { return registrantPresent; }
    public boolean isProductLevel() { return productLevel; }
    public void setProductLevel(boolean v) { this.productLevel = v; }
    public String getScopeDescription() { return scopeDescription; }
    public void setScopeDescription(String v) { this.scopeDescription = v; }
    public String getProducts() { return products; }
    public void setProducts(String v) { this.products = v; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { this.contactEmail = v; }
    public String getAuthorizerEmail() { return authorizerEmail; }
    public void setAuthorizerEmail(String v) { this.authorizerEmail = v; }
    public String getAuthorizerPhone() { return authorizerPhone; }
    public void setAuthorizerPhone(String v) { this.authorizerPhone = v; }
    public String getPolicyUrl() { return policyUrl; }
    public void setPolicyUrl(String v) { this.policyUrl = v; }
    public String getOverrideKey() { return overrideKey; }
    public void setOverrideKey(String v) { this.overrideKey = v; }
    public String getOverrideAnswer() { return overrideAnswer; }
    public void setOverrideAnswer(String v) { this.overrideAnswer = v; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String v) { this.overrideReason = v; }
}
