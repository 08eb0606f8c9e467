package org.oretrace.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A name by which suppliers report a smelter: a look-up name of RMI's list or a learned one. */
@Entity
@Table(name = "smelter_alias")
public class SmelterAlias implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "smelter_alias_seq")
    @SequenceGenerator(name = "smelter_alias_seq", sequenceName = "smelter_alias_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "smelter_fk", nullable = false)
    private Smelter smelter;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 20)
    private AliasOrigin origin;

    /** False when a later reference list no longer carries this look-up name; it still matches. */
    @Column(name = "listed", nullable = false)
    private boolean listed;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 200)
    private String addedBy;

    protected SmelterAlias() {
    }

    SmelterAlias(Smelter smelter, String name, AliasOrigin origin, String addedBy, Instant addedAt) {
        this.smelter = smelter;
        this.name = name;
        this.origin = origin;
        this.listed = origin == AliasOrigin.REFERENCE;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    void markListed(boolean listed) {
        this.listed = listed;
    }

    public Long getId() {
        return id;
    }

    public Smelter getSmelter() {
        return smelter;
    }

    public String getName() {
        return name;
    }

    public AliasOrigin getOrigin() {
        return origin;
    }

    public boolean isListed() {
        return listed;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public String getAddedBy() {
        return addedBy;
    }
}
