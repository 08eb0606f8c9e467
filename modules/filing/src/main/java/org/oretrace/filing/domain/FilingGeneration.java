package org.oretrace.filing.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One generation of a filing's documents, recorded in the database so that its progress and its documents show on
 * every node and two nodes never generate the same filing at once: a RUNNING generation holds the filing's single
 * running slot (unique with the filing), which a second start cannot take.
 */
@Entity
@Table(name = "filing_generation")
public class FilingGeneration {

    /** The value of the running slot; any other generation holds NULL. */
    private static final short RUNNING_SLOT = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "filing_generation_seq")
    @SequenceGenerator(name = "filing_generation_seq", sequenceName = "filing_generation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "filing_id", nullable = false, updatable = false)
    private long filingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private GenerationState state;

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

    /** 0 to 100. */
    @Column(name = "progress", nullable = false)
    private int progress;

    @Column(name = "message", length = 2000)
    private String message;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "generation", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<GeneratedFile> files = new ArrayList<>();

    protected FilingGeneration() {
    }

    public FilingGeneration(long filingId, String startedBy, Instant startedAt, Instant heartbeat) {
        this.filingId = filingId;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.heartbeatAt = heartbeat;
        this.state = GenerationState.RUNNING;
        this.runningSlot = RUNNING_SLOT;
        this.progress = 1;
    }

    public void advance(int percent, Instant heartbeat) {
        this.progress = Math.max(1, Math.min(99, percent));
        this.heartbeatAt = heartbeat;
    }

    /** Adds a rendered document; only while running (a generation's documents never change once it ended). */
    public void addFile(String fileName, String contentType, byte[] content, String sha256) {
        if (state != GenerationState.RUNNING) {
            throw new IllegalStateException("generation " + id + " is " + state);
        }
        files.add(new GeneratedFile(this, fileName, contentType, content, sha256));
    }

    public void finish(Instant at, Instant heartbeat) {
        this.progress = 100;
        end(GenerationState.FINISHED, null, at, heartbeat);
    }

    public void fail(String why, Instant at, Instant heartbeat) {
        end(GenerationState.FAILED, why, at, heartbeat);
    }

    /** Frees the slot of a generation whose node stopped reporting, so that another can start. */
    public void abandon(String why, Instant heartbeat) {
        end(GenerationState.ABANDONED, why, null, heartbeat);
    }

    /** True when a running generation has not reported progress for longer than the given time. */
    public boolean isSilentFor(Duration time, Instant now) {
        return state == GenerationState.RUNNING && heartbeatAt.plus(time).isBefore(now);
    }

    private void end(GenerationState to, String why, Instant at, Instant heartbeat) {
        this.state = to;
        this.runningSlot = null;
        this.message = why == null || why.length() <= 2000 ? why : why.substring(0, 2000);
        this.finishedAt = at;
        this.heartbeatAt = heartbeat;
    }

    public boolean isRunning() {
        return state == GenerationState.RUNNING;
    }

    public Long getId() {
        return id;
    }

    public long getFilingId() {
        return filingId;
    }

    public GenerationState getState() {
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

    public int getProgress() {
        return progress;
    }

    public String getMessage() {
        return message;
    }

    public List<GeneratedFile> getFiles() {
        return List.copyOf(files);
    }
}
