package org.oretrace.filing.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.ReportingYear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One version of the Form SD of a reporting year. A draft changes freely; {@link #finalizeWith}
 * freezes the facts, the text and the documents, and a later correction is a new version.
 */
@Entity
@Table(name = "filing")
public class Filing implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "filing_seq")
    @SequenceGenerator(name = "filing_seq", sequenceName = "filing_seq", allocationSize = 50)
    private Long id;

    @Column(name = "reporting_year", nullable = false, updatable = false)
    private int reportingYear;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private FilingStatus status = FilingStatus.DRAFT;

    @Embedded
    private Registrant registrant = new Registrant();

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "include_rmap_status", nullable = false)
    private boolean includeRmapStatus;

    @Column(name = "include_unresolved", nullable = false)
    private boolean includeUnresolved;

    @Embedded
    private Narrative narrative = new Narrative();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 200)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finalized_at")
    private Instant finalizedAt;

    @Column(name = "finalized_by", length = 200)
    private String finalizedBy;

    @Column(name = "facts_json", length = 1000000)
    private String factsJson;

    /** Why an ADMIN finalized despite blocking pre-flight items; null when none were open. */
    @Column(name = "override_reason", length = 2000)
    private String overrideReason;

    /** The blocking items overridden, as the pre-flight stated them at finalization (JSON). */
    @Column(name = "overridden_items", length = 100000)
    private String overriddenItems;

    @OneToMany(mappedBy = "filing", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fileName")
    private List<FilingDocument> documents = new ArrayList<>();

    protected Filing() {
    }

    /** The first version of a year, with the given narrative templates as its starting text. */
    public static Filing start(ReportingYear year, Narrative startingText, Registrant startingRegistrant,
                               Instant now, String user) {
        Filing f = new Filing();
        f.reportingYear = year.value();
        f.version = 1;
        f.periodStart = year.firstDay();
        f.periodEnd = year.lastDay();
        f.narrative = startingText.copy();
        f.registrant = startingRegistrant == null ? new Registrant() : startingRegistrant.copy();
        f.createdAt = now;
        f.updatedAt = now;
        f.createdBy = user;
        return f;
    }

    /** A new draft version carrying this version's registrant, options and text. */
    public Filing nextVersion(Instant now, String user) {
        if (status != FilingStatus.FINAL) {
            throw new BusinessRuleException("Version " + version + " of " + reportingYear
                    + " is still a draft: edit it instead of starting a new version");
        }
        Filing next = start(ReportingYear.of(reportingYear), getNarrative(), getRegistrant(), now, user);
        next.version = version + 1;
        next.periodStart = periodStart;
        next.periodEnd = periodEnd;
        next.includeRmapStatus = includeRmapStatus;
        next.includeUnresolved = includeUnresolved;
        return next;
    }

    public void changeRegistrant(Registrant changed, Instant now) {
        requireDraft();
        changed.check();
        this.registrant = changed.copy();
        this.updatedAt = now;
    }

    public void changeNarrative(Narrative changed, Instant now) {
        requireDraft();
        this.narrative = changed.copy();
        this.updatedAt = now;
    }

    public void changeOptions(boolean rmapStatusColumn, boolean unresolvedNames, Instant now) {
        requireDraft();
        this.includeRmapStatus = rmapStatusColumn;
        this.includeUnresolved = unresolvedNames;
        this.updatedAt = now;
    }

    public void changePeriod(LocalDate start, LocalDate end, Instant now) {
        requireDraft();
        if (start == null || end == null) {
            throw new BusinessRuleException("The reporting period needs its first and its last day: choose both dates "
                    + "(normally January 1 to December 31)");
        }
        if (end.isBefore(start)) {
            throw new BusinessRuleException("The reporting period must end on or after its first day: choose an end on or after "
                    + start + " (normally December 31)");
        }
        this.periodStart = start;
        this.periodEnd = end;
        this.updatedAt = now;
    }

    /**
     * Freezes the filing: from now on its facts and documents are these, whatever happens to the data.
     */
    public void finalizeWith(String factsJson, List<FilingDocument> frozenDocuments, Instant now, String user) {
        finalizeWith(factsJson, frozenDocuments, now, user, null, null);
    }

    /**
     * As {@link #finalizeWith(String, List, Instant, String)}, recording why blocking pre-flight items were overridden
     * and which ones (both frozen with the version). The cover page is never overridden: without it there is no filing.
     */
    public void finalizeWith(String factsJson, List<FilingDocument> frozenDocuments, Instant now, String user,
                             String overrideReason, String overriddenItems) {
        requireDraft();
        List<String> missing = getRegistrant().missingFields();
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("Cannot finalize: missing " + String.join(", ", missing));
        }
        this.factsJson = factsJson;
        this.documents.clear();
        for (FilingDocument d : frozenDocuments) {
            d.attachTo(this);
            this.documents.add(d);
        }
        this.overrideReason = overrideReason;
        this.overriddenItems = overriddenItems;
        this.status = FilingStatus.FINAL;
        this.finalizedAt = now;
        this.finalizedBy = user;
        this.updatedAt = now;
    }

    private void requireDraft() {
        if (status == FilingStatus.FINAL) {
            throw new FilingFinalizedException("Version " + version + " of the " + reportingYear
                    + " filing is final; start a new version to change it");
        }
    }

    public boolean isFinal() {
        return status == FilingStatus.FINAL;
    }

    public Optional<FilingDocument> document(String fileName) {
        return documents.stream().filter(d -> d.getFileName().equals(fileName)).findFirst();
    }

    public Long getId() { return id; }
    public ReportingYear getReportingYear() { return ReportingYear.of(reportingYear); }
    public int getYear() { return reportingYear; }
    public int getVersion() { return version; }
    public FilingStatus getStatus() { return status; }
    /** EclipseLink reads an embeddable whose columns are all null as null: an empty cover page is still one. */
    public Registrant getRegistrant() {
        if (registrant == null) {
            registrant = new Registrant();
        }
        return registrant;
    }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public boolean isIncludeRmapStatus() { return includeRmapStatus; }
    public boolean isIncludeUnresolved() { return includeUnresolved; }
    public Narrative getNarrative() {
        if (narrative == null) {
            narrative = new Narrative();
        }
        return narrative;
    }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getFinalizedAt() { return finalizedAt; }
    public String getFinalizedBy() { return finalizedBy; }
    public String getFactsJson() { return factsJson; }
    public String getOverrideReason() { return overrideReason; }
    public String getOverriddenItems() { return overriddenItems; }
    public List<FilingDocument> getDocuments() { return Collections.unmodifiableList(documents); }
}
