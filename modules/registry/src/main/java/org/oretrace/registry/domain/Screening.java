package org.oretrace.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One screening of all smelters against an SDN list version, recorded in the database so that its
 * progress shows on every node and two nodes never screen at once: a RUNNING screening holds the
 * single running slot (a unique column), which a second start cannot take.
 */
@Entity
@Table(name = "screening_run")
public class Screening implements java.io.Serializable {

    /** The value of the running slot; any other screening holds NULL. */
    private static final short RUNNING_SLOT = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screening_run_seq")
    @SequenceGenerator(name = "screening_run_seq", sequenceName = "screening_run_seq", allocationSize = 50)
    private Long id;

    @Column(name = "list_id", nullable = false)
    private long listId;

    @Column(name = "list_date", nullable = false)
    private LocalDate listDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ScreeningState state;

    @Column(name = "running_slot")
    private Short runningSlot;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, length = 200)
    private String startedBy;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** Real time of the last progress report (not the application clock, which a demo may hold still). */
    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Column(name = "done", nullable = false)
    private int done;

    @Column(name = "total", nullable = false)
    private int total;

    @Column(name = "names")
    private Integer names;

    @Column(name = "hits")
    private Integer hits;

    @Column(name = "new_hits")
    private Integer newHits;

    @Column(name = "open_hits")
    private Integer openHits;

    @Column(name = "message", length = 2000)
    private String message;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Screening() {
    }

    public Screening(long listId, LocalDate listDate, int total, String startedBy, Instant startedAt, Instant heartbeat) {
        this.listId = listId;
        this.listDate = listDate;
        this.total = total;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.heartbeatAt = heartbeat;
        this.state = ScreeningState.RUNNING;
        this.runningSlot = RUNNING_SLOT;
    }

    public void advance(int done, Instant heartbeat) {
        this.done = Math.min(done, total);
        this.heartbeatAt = heartbeat;
    }

    public void finish(int names, int hits, int newHits, int openHits, Instant at, Instant heartbeat) {
        this.names = names;
        this.hits = hits;
        this.newHits = newHits;
        this.openHits = openHits;
        this.done = total;
        end(ScreeningState.FINISHED, null, at, heartbeat);
    }

    public void fail(String why, Instant at, Instant heartbeat) {
        end(ScreeningState.FAILED, why, at, heartbeat);
    }

    /** Frees the slot of a screening whose node stopped reporting, so that another can start. */
    public void abandon(String why, Instant heartbeat) {
        end(ScreeningState.ABANDONED, why, null, heartbeat);
    }

    /** True when a running screening has not reported progress for longer than the given time. */
    public boolean isSilentFor(Duration time, Instant now) {
        return state == ScreeningState.RUNNING && heartbeatAt.plus(time).isBefore(now);
    }

    private void end(ScreeningState to, String why, Instant at, Instant heartbeat) {
        this.state = to;
        this.runningSlot = null;
        this.message = why == null || why.length() <= 2000 ? why : why.substring(0, 2000);
        this.finishedAt = at;
        this.heartbeatAt = heartbeat;
    }

    public int percent() {
        return total <= 0 ? (state == ScreeningState.RUNNING ? 0 : 100) : (int) Math.min(100, Math.round(100.0 * done / total));
    }

    public boolean isRunning() {
        return state == ScreeningState.RUNNING;
    }

    public Long getId() {
        return id;
    }

    public long getListId() {
        return listId;
    }

    public LocalDate getListDate() {
        return listDate;
    }

    public ScreeningState getState() {
        return state;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public int getDone() {
        return done;
    }

    public int getTotal() {
        return total;
    }

    public Integer getNames() {
        return names;
    }

    public Integer getHits() {
        return hits;
    }

    public Integer getNewHits() {
        return newHits;
    }

    public Integer getOpenHits() {
        return openHits;
    }

    public String getMessage() {
        return message;
    }
}
