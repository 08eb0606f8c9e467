package org.oretrace.intake.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.intake.application.RiskReviews;
import org.oretrace.intake.application.SmelterStandings;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.RiskOutcome;
import org.oretrace.intake.domain.RiskReview;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.web.Formats;
import org.oretrace.kernel.web.FieldErrors;
import org.oretrace.kernel.web.PageMessages;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The risk-review queue (issue 17): every declaration whose red flags wait for a decision, with the evidence (each
 * red flag, the smelter it names with the registry's country, RMAP status and sanctions entry), decided by keyboard
 * like the match and sanctions queues: accept with the reason, or escalate with the reason. Asking the supplier
 * needs the corrective-action mail, so it is done on the declaration's page (linked).
 */
@Named
@ViewScoped
public class RiskQueueBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX = 200;

    /** One red flag with what the registry knows of the smelter it names (null fields for flags from the answers). */
    public record Flag(String code, String words, String message, String place, String smelter, String country,
                       String rmap, String sanctions) implements Serializable {
    }

    /** One declaration waiting in the queue. */
    public record Item(long id, String company, String fileName, Instant receivedAt, String lastReview,
                       List<Flag> flags) implements Serializable {
    }

    @Inject
    transient RiskReviews riskReviews;

    @Inject
    transient SmelterStandings standings;

    @Inject
    transient CurrentUser currentUser;

    private List<Item> items;
    private final Map<Long, String> reasons = new HashMap<>();

    public List<Item> getItems() {
        if (items == null) {
            items = new ArrayList<>();
            for (Declaration d : riskReviews.queue(MAX)) {
                items.add(item(d));
            }
            // not yet assessed first, escalated ones after: an escalated item moves back and the next one takes its place
            items.sort(java.util.Comparator.comparing(i -> i.lastReview() != null));
        }
        return items;
    }

    private Item item(Declaration d) {
        Map<Integer, SmelterStandings.Standing> rows = standings.of(d).rows();
        Map<Integer, SmelterRow> smelters = new HashMap<>();
        d.smelterList().forEach(s -> smelters.put(s.getRow(), s));
        List<Flag> flags = new ArrayList<>();
        for (Finding f : d.redFlags()) {
            Integer row = "Smelter List".equals(f.getSheet()) ? rowOf(f.getCell()) : null;
            SmelterRow s = row == null ? null : smelters.get(row);
            SmelterStandings.Standing st = row == null ? null : rows.get(row);
            String name = st != null && st.name() != null ? st.name() : s == null ? null : s.nameForMatching();
            String smelter = s == null ? null : (name == null ? "row " + row : name)
                    + (s.getResolvedSmelterId() == null ? " (not identified)" : " (" + s.getResolvedSmelterId() + ")");
            String country = st != null && st.country() != null ? st.country() : s == null ? null : s.getCountry();
            flags.add(new Flag(f.getCode().name(), Formats.words(f.getCode()), f.getMessage(), f.place(), smelter, country,
                    st == null ? null : st.category() + (st.source() == null ? "" : " (" + st.source() + ")"),
                    st == null ? null : st.sanctions()));
        }
        RiskReview last = d.getRiskReviews().isEmpty() ? null : d.getRiskReviews().get(d.getRiskReviews().size() - 1);
        String lastReview = last == null ? null : last.getOutcome().label() + " by " + last.getReviewedBy() + ": " + last.getAssessment();
        return new Item(d.getId(), d.getCompany() == null ? null : d.getCompany().getName(), d.getFileName(),
                d.getReceivedAt(), lastReview, flags);
    }

    /** "A12" -> 12; null when the cell names no row. */
    static Integer rowOf(String cell) {
        if (cell == null) {
            return null;
        }
        String digits = cell.replaceAll("^[A-Za-z]+", "");
        return digits.matches("\\d{1,7}") ? Integer.valueOf(digits) : null;
    }

    @Allowed(Role.COMPLIANCE)
    public void accept(long id) {
        decide(id, RiskOutcome.ACCEPTED_WITH_REASON);
    }

    @Allowed(Role.COMPLIANCE)
    public void escalate(long id) {
        decide(id, RiskOutcome.ESCALATED);
    }

    private void decide(long id, RiskOutcome outcome) {
        String reason = reasons.get(id);
        // the declaration checks the reason (as on its own page): this queue only shows the refusal in the item's row
        try {
            riskReviews.record(id, outcome, reason, null);
            PageMessages.info("Declaration " + id + ": " + outcome.label().toLowerCase(java.util.Locale.ROOT)
                    + (outcome == RiskOutcome.ESCALATED ? "; it stays in the queue until a later decision." : "; the reason is recorded."));
            reasons.remove(id);
            items = null;
        } catch (BusinessRuleException e) {
            PageMessages.errorAt(FieldErrors.inRow("queue:table", "reason"), "Declaration " + id + ": " + e.getMessage());
        }
    }

    public boolean isCanDecide() {
        return currentUser.canChange();
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
