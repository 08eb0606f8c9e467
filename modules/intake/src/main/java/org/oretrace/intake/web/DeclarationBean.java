package org.oretrace.intake.web;

import org.oretrace.kernel.web.FieldErrors;
import org.oretrace.kernel.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.intake.application.CorrectiveAction;
import org.oretrace.intake.application.DeclarationComparison;
import org.oretrace.intake.application.DeclarationIntake;
import org.oretrace.intake.application.Declarations;
import org.oretrace.intake.application.SupplierLinks;
import org.oretrace.intake.domain.Answer;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One declaration: answers with metals as columns, smelters with the registry's decision, findings, follow-up. */
@Named
@ViewScoped
public class DeclarationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String[] QUESTIONS = {
        "Is any 3TG intentionally added or used in the product(s) or in the production process?",
        "Does any 3TG remain in the product(s)?",
        "Does any 3TG originate from the covered countries?",
        "Does 100 percent of the 3TG come from conflict-affected and high-risk areas?",
        "Does 100 percent of the 3TG come from recycled or scrap sources?",
        "What percentage of relevant suppliers have provided a response to your supply chain survey?",
        "Have you identified all of the smelters supplying the 3TG to your supply chain?",
        "Has all applicable smelter information received by your company been reported in this declaration?"};
    static final String[] COMPANY_QUESTIONS = {
        "Have you established a responsible minerals sourcing policy?",
        "Is your responsible minerals sourcing policy publicly available on your website?",
        "Do you require your direct suppliers to source 3TG from smelters validated by an independent audit program?",
        "Have you implemented due diligence measures for responsible sourcing?",
        "Does your company conduct a Conflict Minerals survey of your relevant suppliers?",
        "Do you review due diligence information received from your suppliers against your company's expectations?",
        "Does your review process include corrective action management?",
        "Is your company required to file an annual conflict minerals disclosure?"};
    private static final List<Metal> METALS = List.of(Metal.TANTALUM, Metal.TIN, Metal.GOLD, Metal.TUNGSTEN);

    /** A question's row: one cell per metal. */
    public record AnswerRow(String question, String text, List<AnswerCell> cells) implements Serializable {
    }

    public record AnswerCell(String answer, String comment, String cell) implements Serializable {
    }

    @Inject
    transient Declarations declarations;

    @Inject
    transient DeclarationIntake intake;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient ApplicationClock clock;

    @Inject
    transient SupplierLinks links;

    @Inject
    transient org.oretrace.kernel.audit.AuditLog audit;

    @Inject
    transient org.oretrace.kernel.web.Show show;

    /** The findings of one severity, in the order the checker found them. */
    public record FindingGroup(Severity severity, String title, List<FindingView> findings) implements Serializable {
    }

    /** The declaration itself is read per request (issue 18): the view keeps its id and what the forms need. */
    @Inject
    DeclarationOfRequest current;

    private Long id;
    /** Counts the loads: beans that derive from the declaration ask again when it changes (read again, decided). */
    private int loads;
    private DeclarationComparison comparison;
    private String acceptReason;
    private String draftTo;
    private String draftSubject;
    private String draftBody;
    /** The supplier's request of the year carries the mail: to its contact, in its timeline. */
    private boolean draftThroughRequest;
    private List<FindingGroup> findingGroups;
    private List<FollowUpHistory.Event> history;

    /** Pages of a module read their parameters themselves: f:metadata inside the layout's content is not seen. */
    @jakarta.annotation.PostConstruct
    void init() {
        String param = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("id");
        try {
            id = param == null ? null : Long.valueOf(param.strip());
        } catch (NumberFormatException e) {
            id = null;
        }
        load();
    }

    public void load() {
        current.forget();
        loads++;
        Declaration declaration = getDeclaration();
        if (declaration == null) {
            PageMessages.error("There is no declaration " + id + ".");
            return;
        }
        findingGroups = null;
        history = null;
        comparison = declarations.comparedWithPrevious(declaration).orElse(null);
        // signed as the person's profile says (full name and title), not with the login name
        CorrectiveAction draft = CorrectiveAction.draft(declaration, show.signature(), clock.zone());
        draftTo = draft.to();
        draftSubject = draft.subject();
        draftBody = draft.body();
        draftThroughRequest = false;
        if (links.asked(declaration)) {
            draftThroughRequest = true;
            draftTo = links.addressee(declaration).orElse(null);
        }
    }

    /** Errors, then warnings, then notes: each group with its findings, each finding beside its question and answer. */
    public List<FindingGroup> getFindingGroups() {
        if (findingGroups == null) {
            List<FindingView> all = FindingView.of(getDeclaration());
            findingGroups = new ArrayList<>();
            for (Severity severity : Severity.values()) {
                List<FindingView> some = all.stream().filter(f -> f.severity() == severity).toList();
                if (!some.isEmpty()) {
                    String word = switch (severity) {
                        case ERROR -> some.size() == 1 ? "1 error: the supplier must correct it" : some.size() + " errors: the supplier must correct them";
                        case WARNING -> some.size() == 1 ? "1 warning: worth asking about" : some.size() + " warnings: worth asking about";
                        case INFO -> some.size() == 1 ? "1 note" : some.size() + " notes";
                    };
                    findingGroups.add(new FindingGroup(severity, word, some));
                }
            }
        }
        return findingGroups;
    }

    /** What was asked (corrective actions sent) and answered (files received) for this supplier and year. */
    public List<FollowUpHistory.Event> getHistory() {
        if (history == null) {
            history = FollowUpHistory.of(getDeclaration(), declarations, audit);
        }
        return history;
    }

    /** The preview shows the fields as they stand: this only takes them in. */
    public void preview() {
        // the fields were processed; the preview panel re-renders them as the supplier will read them
    }

    public List<AnswerRow> getAnswerRows() {
        Declaration declaration = getDeclaration();
        List<AnswerRow> rows = new ArrayList<>();
        for (int q = 1; q <= 8; q++) {
            List<AnswerCell> cells = new ArrayList<>();
            for (int m = 0; m < METALS.size(); m++) {
                Answer a = declaration.answer(Integer.toString(q), METALS.get(m)).orElse(null);
                cells.add(new AnswerCell(a == null ? null : a.getAnswer(), a == null ? null : a.getComment(),
                        "D" + (26 + (q - 1) * 6 + m)));
            }
            rows.add(new AnswerRow(Integer.toString(q), QUESTIONS[q - 1], cells));
        }
        return rows;
    }

    public List<AnswerRow> getCompanyRows() {
        Declaration declaration = getDeclaration();
        List<AnswerRow> rows = new ArrayList<>();
        for (char q = 'A'; q <= 'H'; q++) {
            Answer a = declaration.answer(String.valueOf(q), null).orElse(null);
            rows.add(new AnswerRow(String.valueOf(q), COMPANY_QUESTIONS[q - 'A'], List.of(new AnswerCell(
                    a == null ? null : a.getAnswer(), a == null ? null : a.getComment(), "D" + (75 + 2 * (q - 'A'))))));
        }
        return rows;
    }

    public StreamedContent getOriginal() {
        StoredFile file = declarations.original(id).orElseThrow();
        byte[] bytes = file.getContent();
        return DefaultStreamedContent.builder().name(getDeclaration().getFileName())
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public StreamedContent getDraftFile() {
        String text = "To: " + (draftTo == null ? "" : draftTo) + "\nSubject: " + draftSubject + "\n\n" + draftBody;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("corrective-action-" + id + ".txt")
                .contentType("text/plain; charset=UTF-8").stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    @Allowed(Role.COMPLIANCE)
    public void accept() {
        try {
            intake.accept(id, acceptReason);
            PageMessages.info("Accepted; the reason is recorded.");
            acceptReason = null;
            load();
        } catch (BusinessRuleException e) {
            PageMessages.errorAt("declaration:reason", e.getMessage());
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void reread() {
        DeclarationStatus status = intake.reread(id);
        load();
        PageMessages.info(status == null ? "The declaration is being read by another user right now."
                : "Read again from the stored original: " + org.oretrace.kernel.web.Formats.words(status) + ".");
    }

    /** The given values that are there, joined with " · " (no stray punctuation for missing ones). */
    public String joined(List<Object> values) {
        return String.join(" · ", values.stream().filter(java.util.Objects::nonNull).map(Object::toString)
                .filter(v -> !v.isBlank()).toList());
    }

    public boolean isCanChange() {
        return currentUser.canChange();
    }

    /** An EMRT's minerals in scope, as the template lists them ("Cobalt, Mica"). */
    public String getMinerals() {
        Declaration declaration = getDeclaration();
        return declaration == null ? null : String.join(", ", declaration.getMinerals().stream()
                .map(org.oretrace.kernel.Metal::displayName).toList());
    }

    public boolean isRead() {
        Declaration declaration = getDeclaration();
        return declaration != null && declaration.getTemplateVersion() != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The declaration for this request (read once per request, not kept in the view), or null. */
    public Declaration getDeclaration() {
        return current.of(id);
    }

    public int getLoads() {
        return loads;
    }

    public DeclarationComparison getComparison() {
        return comparison;
    }

    public String getAcceptReason() {
        return acceptReason;
    }

    public void setAcceptReason(String acceptReason) {
        this.acceptReason = acceptReason;
    }

    public String getDraftTo() {
        return draftTo;
    }

    public boolean isDraftThroughRequest() {
        return draftThroughRequest;
    }

    public void setDraftTo(String draftTo) {
        this.draftTo = draftTo;
    }

    public String getDraftSubject() {
        return draftSubject;
    }

    public void setDraftSubject(String draftSubject) {
        this.draftSubject = draftSubject;
    }

    public String getDraftBody() {
        return draftBody;
    }

    public void setDraftBody(String draftBody) {
        this.draftBody = draftBody;
    }

    /** Where a refused corrective action is shown: next to the text, unless the refusal names the address or subject. */
    private static final FieldErrors DRAFT_FORM = FieldErrors.at("declaration:body")
            .when("address", "declaration:to")
            .when("subject", "declaration:subject");

    @Allowed(Role.COMPLIANCE)
    public void sendDraft() {
        try {
            DeclarationIntake.CorrectiveActionSent sent = intake.sendCorrectiveAction(id, draftTo, draftSubject, draftBody);
            history = null; // the history shows what was just asked
            if (sent.to() == null) {
                PageMessages.warn("The supplier has no contact with a working email address: the text is kept in its "
                        + "request for the next reminder. Add a contact in outreach, or download the draft.");
            } else {
                PageMessages.info("The corrective-action email to " + sent.to() + " is in the outbox"
                        + (sent.throughRequest() ? "; the request's timeline shows it and reminders repeat it." : "."));
            }
        } catch (BusinessRuleException e) {
            PageMessages.errorAt(DRAFT_FORM.fieldOf(e.getMessage()), e.getMessage());
        }
    }

    public void keepDraft() throws IOException {
        PageMessages.info("Draft kept for this page; download it or copy it into your email.");
    }
}
