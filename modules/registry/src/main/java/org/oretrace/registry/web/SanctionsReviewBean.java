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
import org.oretrace.registry.application.SanctionsService;
import org.oretrace.registry.application.ScreeningRuns;
import org.oretrace.registry.application.SmelterScreenings;
import org.oretrace.registry.domain.HitStatus;
import org.oretrace.registry.domain.SanctionsList;
import org.oretrace.registry.domain.Screening;
import org.oretrace.registry.domain.ScreeningState;
import org.oretrace.registry.domain.ScreeningHit;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The sanctions review queue: hits of the screening, confirmed or dismissed (with a reason) by COMPLIANCE. */
@Named
@ViewScoped
public class SanctionsReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HISTORY = 10;

    @Inject
    SanctionsService sanctions;

    @Inject
    ScreeningRuns runs;

    @Inject
    SmelterScreenings screenings;

    @Inject
    CurrentUser currentUser;

    private HitStatus status = HitStatus.OPEN;
    private List<ScreeningHit> hits;
    private final Map<Long, String> reasons = new HashMap<>();
    /** The registry's country of each smelter with a hit shown, by smelter ID. */
    private Map<String, String> countries = Map.of();
    /** The screening shown (running on any server, or the newest), read once per request. */
    private transient Optional<Screening> current;
    private List<Screening> history;
    private boolean polling;

    @PostConstruct
    void init() {
        refresh();
        polling = isRunning();
    }

    public void refresh() {
        hits = sanctions.hits(status);
        countries = sanctions.smelterCountries(hits);
        history = runs.recent(HISTORY);
        current = null;
    }

    @Allowed(Role.COMPLIANCE)
    public void confirm(ScreeningHit hit) {
        if (FieldErrors.at(FieldErrors.inRow("hits:table", "reason")).attempt(() -> sanctions.confirm(hit.getId(), reasons.get(hit.getId()))) != null) {
            PageMessages.info(hit.getSubjectName() + " confirmed as SDN entry " + hit.getEntNum() + ": flagged as sanctioned everywhere.");
            refresh();
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void dismiss(ScreeningHit hit) {
        if (FieldErrors.at(FieldErrors.inRow("hits:table", "reason")).attempt(() -> sanctions.dismiss(hit.getId(), reasons.get(hit.getId()))) != null) {
            PageMessages.info("Hit dismissed; the decision is kept when the smelters are screened again.");
            refresh();
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void reopen(ScreeningHit hit) {
        if (PageMessages.attempt(() -> sanctions.reopen(hit.getId())) != null) {
            refresh();
        }
    }

    /**
     * Starts screening all smelters against the newest list in the background; the page polls the
     * screening's record. Refused while a screening runs on any server (the page then follows that one).
     */
    @Allowed(Role.COMPLIANCE)
    public void rescreen() {
        Optional<Long> started = PageMessages.attempt(() -> screenings.startRescreen(currentUser.name()));
        current = null;
        if (started == null) {
            // refused, most likely because a screening runs: the page follows that one
            polling = true;
            return;
        }
        if (started.isEmpty()) {
            PageMessages.error("No SDN list imported yet: an administrator uploads one on the registry imports page.");
            return;
        }
        polling = true;
        PageMessages.info("Screening started.");
    }

    /** Called by the page's poll: when nothing runs any more (on any server), the hits and history are read again. */
    public void poll() {
        current = null;
        if (!isRunning()) {
            polling = false;
            refresh();
            getCurrent().ifPresent(s -> {
                if (s.getState() == ScreeningState.FINISHED) {
                    PageMessages.info("Screening finished: %d hit(s), %d new; %d wait for a decision.".formatted(s.getHits(),
                            s.getNewHits(), s.getOpenHits()));
                } else {
                    PageMessages.warn("Screening " + s.getState().name().toLowerCase(Locale.ROOT) + ": " + s.getMessage());
                }
            });
        }
    }

    public boolean isCanDecide() {
        return currentUser.canChange();
    }

    /** The running screening on any server, otherwise the newest one. */
    public Optional<Screening> getCurrent() {
        if (current == null) {
            Optional<Screening> running = runs.running();
            current = running.isPresent() ? running : runs.recent(1).stream().findFirst();
        }
        return current;
    }

    public int getProgress() {
        if (isRunning()) {
            return Math.min(99, getCurrent().map(Screening::percent).orElse(0));
        }
        return getCurrent().map(s -> 100).orElse(0);
    }

    public boolean isRunning() {
        return getCurrent().map(Screening::isRunning).orElse(false);
    }

    public boolean isPolling() {
        return polling;
    }

    public List<Screening> getHistory() {
        return history;
    }

    public Optional<SanctionsList> getLatestList() {
        return sanctions.latestList();
    }

    public HitStatus[] getStatuses() {
        return HitStatus.values();
    }

    public HitStatus getStatus() {
        return status;
    }

    public void setStatus(HitStatus status) {
        this.status = status;
    }

    public List<ScreeningHit> getHits() {
        return hits;
    }

    /** The country of the hit's smelter as the registry knows it; null for a supplier (or a smelter without one). */
    public String countryOf(ScreeningHit hit) {
        return hit.getSubjectType() == org.oretrace.registry.domain.ScreenedSubject.SMELTER ? countries.get(hit.getSubjectRef()) : null;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
