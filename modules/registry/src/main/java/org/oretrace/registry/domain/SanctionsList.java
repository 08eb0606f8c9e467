package org.oretrace.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One imported version of OFAC's SDN list. Versions are kept: a finding must say which list it was made against. */
@Entity
@Table(name = "sanctions_list")
public class SanctionsList implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sanctions_list_seq")
    @SequenceGenerator(name = "sanctions_list_seq", sequenceName = "sanctions_list_seq", allocationSize = 50)
    private Long id;

    @Column(name = "list_date", nullable = false)
    private LocalDate listDate;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 200)
    private String importedBy;

    @Column(name = "file_name", length = 300)
    private String fileName;

    @Column(name = "entry_count", nullable = false)
    private int entryCount;

    @Column(name = "entity_count", nullable = false)
    private int entityCount;

    @Column(name = "individual_count", nullable = false)
    private int individualCount;

    @Column(name = "vessel_count", nullable = false)
    private int vesselCount;

    @Column(name = "aircraft_count", nullable = false)
    private int aircraftCount;

    @Column(name = "alt_name_count", nullable = false)
    private int altNameCount;

    @Column(name = "screened_at")
    private Instant screenedAt;

    @Column(name = "screened_names")
    private Integer screenedNames;

    @Column(name = "hit_count")
    private Integer hitCount;

    @Column(name = "open_hit_count")
    private Integer openHitCount;

    protected SanctionsList() {
    }

    public SanctionsList(LocalDate listDate, Instant importedAt, String importedBy, String fileName) {
        this.listDate = listDate;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.fileName = fileName;
    }

    public void counted(int entries, int entities, int individuals, int vessels, int aircraft, int altNames) {
        this.entryCount = entries;
        this.entityCount = entities;
        this.individualCount = individuals;
        this.vesselCount = vessels;
        this.aircraftCount = aircraft;
        this.altNameCount = altNames;
    }

    public void screened(Instant at, int names, int hits, int openHits) {
        this.screenedAt = at;
        this.screenedNames = names;
        this.hitCount = hits;
        this.openHitCount = openHits;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getListDate() {
        return listDate;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public String getFileName() {
        return fileName;
    }

    public int getEntryCount() {
        return entryCount;
    }

    public int getEntityCount() {
        return entityCount;
    }

    public int getIndividualCount() {
        return individualCount;
    }

    public int getVesselCount() {
        return vesselCount;
    }

    public int getAircraftCount() {
        return aircraftCount;
    }

    public int getAltNameCount() {
        return altNameCount;
    }

    public Instant getScreenedAt() {
        return screenedAt;
    }

    public Integer getScreenedNames() {
        return screenedNames;
    }

    public Integer getHitCount() {
        return hitCount;
    }

    public Integer getOpenHitCount() {
        return openHitCount;
    }
}
