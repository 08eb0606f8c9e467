package org.oretrace.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** RMI changed a smelter's standard name (e.g. H.C. Starck to TANIOBIS) in a template version. */
@Entity
@Table(name = "smelter_rename")
public class SmelterRename {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "smelter_rename_seq")
    @SequenceGenerator(name = "smelter_rename_seq", sequenceName = "smelter_rename_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "smelter_fk", nullable = false)
    private Smelter smelter;

    @Column(name = "old_name", nullable = false, length = 300)
    private String oldName;

    @Column(name = "new_name", nullable = false, length = 300)
    private String newName;

    @Column(name = "template_version", length = 60)
    private String templateVersion;

    @Column(name = "renamed_at", nullable = false)
    private Instant renamedAt;

    protected SmelterRename() {
    }

    SmelterRename(Smelter smelter, String oldName, String newName, String templateVersion, Instant renamedAt) {
        this.smelter = smelter;
        this.oldName = oldName;
        this.newName = newName;
        this.templateVersion = templateVersion;
        this.renamedAt = renamedAt;
    }

    public Long getId() {
        return id;
    }

    public Smelter getSmelter() {
        return smelter;
    }

    public String getOldName() {
        return oldName;
    }

    public String getNewName() {
        return newName;
    }

    public String getTemplateVersion() {
        return templateVersion;
    }

    public Instant getRenamedAt() {
        return renamedAt;
    }
}
