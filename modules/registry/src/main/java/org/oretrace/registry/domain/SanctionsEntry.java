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

import java.util.Arrays;
import java.util.List;

/**
 * One row of sdn.csv. Individuals and vessels are kept (supplier screening needs individuals);
 * smelters are screened against entities only.
 */
@Entity
@Table(name = "sanctions_entry")
public class SanctionsEntry {

    /** Separates the alternative names in {@link #altNames}; never part of an OFAC name. */
    public static final String NAME_SEPARATOR = "|";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sanctions_entry_seq")
    @SequenceGenerator(name = "sanctions_entry_seq", sequenceName = "sanctions_entry_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "list_fk", nullable = false)
    private SanctionsList list;

    @Column(name = "ent_num", nullable = false)
    private int entNum;

    @Column(name = "name", nullable = false, length = 500)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "sdn_type", nullable = false, length = 20)
    private SdnType type;

    @Column(name = "programs", length = 500)
    private String programs;

    @Column(name = "alt_names", length = 8000)
    private String altNames;

    @Column(name = "remarks", length = 12000)
    private String remarks;

    protected SanctionsEntry() {
    }

    public SanctionsEntry(SanctionsList list, int entNum, String name, SdnType type, String programs, List<String> altNames,
                          String remarks) {
        this.list = list;
        this.entNum = entNum;
        this.name = name;
        this.type = type;
        this.programs = programs;
        String joined = String.join(NAME_SEPARATOR, altNames);
        this.altNames = joined.isEmpty() ? null : joined.length() > 8000 ? joined.substring(0, 8000) : joined;
        this.remarks = remarks == null || remarks.length() <= 12000 ? remarks : remarks.substring(0, 12000);
    }

    public List<String> altNameList() {
        return altNames == null ? List.of() : Arrays.asList(altNames.split("\\" + NAME_SEPARATOR));
    }

    public Long getId() {
        return id;
    }

    public SanctionsList getList() {
        return list;
    }

    public int getEntNum() {
        return entNum;
    }

    public String getName() {
        return name;
    }

    public SdnType getType() {
        return type;
    }

    public String getPrograms() {
        return programs;
    }

    public String getAltNames() {
        return altNames;
    }

    public String getRemarks() {
        return remarks;
    }
}
