package org.oretrace.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The company's CAHRA designation of a country (conflict-affected and high-risk area). */
@Entity
@Table(name = "country_flag")
public class CountryFlag implements java.io.Serializable {

    @Id
    @Column(name = "country_code", length = 2)
    private String countryCode;

    @Column(name = "cahra", nullable = false)
    private boolean cahra;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected CountryFlag() {
    }

    public CountryFlag(String countryCode, boolean cahra, String note, String updatedBy, Instant updatedAt) {
        this.countryCode = countryCode;
        set(cahra, note, updatedBy, updatedAt);
    }

    public void set(boolean cahra, String note, String updatedBy, Instant updatedAt) {
        this.cahra = cahra;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public boolean isCahra() {
        return cahra;
    }

    public String getNote() {
        return note;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
