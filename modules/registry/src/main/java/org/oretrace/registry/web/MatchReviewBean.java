package org.oretrace.registry.web;

import org.oretrace.kernel.web.FieldErrors;
import org.oretrace.kernel.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.registry.application.MatchReviews;
import org.oretrace.registry.application.SmelterSearch;
import org.oretrace.registry.domain.MatchReview;
import org.oretrace.registry.domain.ReviewStatus;
import org.oretrace.registry.domain.Smelter;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The match review queue: reported names the matcher could not resolve. A COMPLIANCE user picks the
 * smelter (search by name or ID); the name then matches automatically everywhere.
 */
@Named
@ViewScoped
public class MatchReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MatchReviews reviews;

    @Inject
    SmelterSearch search;

    @Inject
    CurrentUser currentUser;

    private ReviewStatus status = ReviewStatus.OPEN;
    private List<MatchReview> items;
    /** The smelter chosen per review (id → "CID000000 · name"), prefilled with the matcher's suggestion. */
    private final Map<Long, String> chosen = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        items = reviews.list(status);
        for (MatchReview r : items) {
            if (r.getSuggestedSmelterId() != null) {
                chosen.putIfAbsent(r.getId(), r.getSuggestedSmelterId());
            }
        }
    }

    /**
     * Smelters of the row's metal whose ID, standard name or alias contains the words typed: a tin name is never
     * confirmed as a gold refiner. The row is the one whose field asks (its client id ends in ":row:smelter").
     */
    public List<String> complete(String query) {
        if (query != null && query.length() > org.oretrace.kernel.InputLimits.SEARCH_CHARACTERS) {
            return List.of(); // longer than any smelter's name or ID
        }
        org.oretrace.kernel.Metal metal = rowMetal();
        if (metal == null) {
            return List.of(); // no row: offering smelters of every metal would invite a wrong confirmation
        }
        return search.search(new SmelterSearch.Filter(query, metal, null, null, null, null, null), 0, 15, "standardName", true)
                .stream().map(MatchReviewBean::label).toList();
    }

    private org.oretrace.kernel.Metal rowMetal() {
        String source = PageMessages.parameter("jakarta.faces.source");
        java.util.regex.Matcher m = source == null ? null
                : java.util.regex.Pattern.compile(":(\\d{1,6}):smelter$").matcher(source);
        if (m == null || !m.find() || items == null) {
            return null;
        }
        int row = Integer.parseInt(m.group(1));
        return row < items.size() ? items.get(row).getMetal() : null;
    }

    @Allowed(Role.COMPLIANCE)
    public void confirm(MatchReview review) {
        String choice = chosen.get(review.getId());
        if (choice == null || choice.isBlank()) {
            PageMessages.errorAt(FieldErrors.inRow("reviews:table", "smelter"), "Choose the smelter for '"
                    + review.getReportedName() + "' first: type part of its name or CID and pick it from the list");
            return;
        }
        String smelterId = choice.strip().split("\\s+")[0];
        MatchReview done = FieldErrors.at(FieldErrors.inRow("reviews:table", "smelter")).when("note", FieldErrors.inRow("reviews:table", "note")).attempt(() -> reviews.confirm(review.getId(), smelterId, notes.get(review.getId())));
        if (done != null) {
            PageMessages.info("'" + done.getReportedName() + "' is now known as " + done.getResolvedSmelterId()
                    + "; future reports of this name match automatically.");
            refresh();
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void markUnknown(MatchReview review) {
        MatchReview done = FieldErrors.at(FieldErrors.inRow("reviews:table", "note")).attempt(() -> reviews.markUnknown(review.getId(), notes.get(review.getId())));
        if (done != null) {
            PageMessages.info("'" + done.getReportedName() + "' marked as not identifiable.");
            refresh();
        }
    }

    public boolean isCanDecide() {
        return currentUser.canChange();
    }

    static String label(Smelter s) {
        return s.getSmelterId() + " · " + s.getStandardName() + " (" + s.getMetal().displayName() + ", "
                + (s.getCountryName() == null ? "country unknown" : s.getCountryName()) + ")";
    }

    public ReviewStatus[] getStatuses() {
        return ReviewStatus.values();
    }

    /** Why the queue is empty, for the state shown (column filters: kernel Tables). */
    public String getEmptyMessage() {
        return switch (status) {
            case OPEN -> "Nothing to review: every reported name is matched. New names arrive with the next declarations.";
            case CONFIRMED -> "No name confirmed yet: decide the names waiting (Show: waiting for a decision).";
            default -> "No name marked unknown yet: that happens when no smelter fits a name waiting for a decision.";
        };
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public void setStatus(ReviewStatus status) {
        this.status = status;
    }

    public List<MatchReview> getItems() {
        return items;
    }

    public Map<Long, String> getChosen() {
        return chosen;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
