package org.oretrace.registry.web;

import org.oretrace.kernel.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.registry.application.SanctionsService;
import org.oretrace.registry.application.ScreeningProgress;
import org.oretrace.registry.domain.HitStatus;
import org.oretrace.registry.domain.SanctionsList;
import org.oretrace.registry.domain.ScreeningHit;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The sanctions review queue: hits of the screening, confirmed or dismissed (with a reason) by COMPLIANCE. */
@Named
@ViewScoped
public class SanctionsReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SanctionsReviewBean.class.getName());

    @Inject
    SanctionsService sanctions;

    @Inject
    ScreeningProgress progress;

    @Inject
    CurrentUser currentUser;

    @Resource
    transient ManagedExecutorService executor;

    private HitStatus status = HitStatus.OPEN;
    private List<ScreeningHit> hits;
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        hits = sanctions.hits(status);
    }

    @Allowed(Role.COMPLIANCE)
    public void confirm(ScreeningHit hit) {
        if (PageMessages.attempt(() -> sanctions.confirm(hit.getId(), reasons.get(hit.getId()))) != null) {
            PageMessages.info(hit.getSubjectName() + " confirmed as SDN entry " + hit.getEntNum() + ": flagged as sanctioned everywhere.");
            refresh();
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void dismiss(ScreeningHit hit) {
        if (PageMessages.attempt(() -> sanctions.dismiss(hit.getId(), reasons.get(hit.getId()))) != null) {
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

    /** Starts screening all smelters against the newest list in the background; the page polls the progress. */
    @Allowed(Role.COMPLIANCE)
    public void rescreen() {
        if (sanctions.latestList().isEmpty()) {
            PageMessages.error("No SDN list imported yet: an administrator uploads one on the registry imports page.");
            return;
        }
        if (progress.isRunning()) {
            PageMessages.error("A screening is already running.");
            return;
        }
        String actor = currentUser.name();
        executor.submit(() -> {
            try {
                sanctions.rescreen(actor);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Screening failed", e);
            }
        });
        PageMessages.info("Screening started.");
    }

    public void screeningDone() {
        refresh();
        PageMessages.info("Screening finished: " + sanctions.openCount() + " hit(s) wait for a decision.");
    }

    public boolean isCanDecide() {
        return currentUser.canChange();
    }

    public int getProgress() {
        return progress.isRunning() ? progress.percent() : "idle".equals(progress.state()) ? 0 : 100;
    }

    public boolean isRunning() {
        return progress.isRunning();
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

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
