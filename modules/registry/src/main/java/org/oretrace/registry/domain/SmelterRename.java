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

import org.oretrace.kernel.Metal;

import java.time.Instant;

/**
 * RMI changed a smelter's standard name (e.g. H.C. Starck to TANIOBIS) and/or its metal in a template version.
 * Both metals are null for a rename only; both names are equal for a change of metal only.
 */
@Entity
@Table(name = "smelter_rename")
public class SmelterRename implements java.io.Serializable {

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

    @Enumerated(EnumType.STRING)
    @Column(name = "old_metal", length = 20)
    private Metal oldMetal;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_metal", length = 20)
    private Metal newMetal;

    protected SmelterRename() {
    }

    SmelterRename(Smelter smelter, String oldName, String newName, String templateVersion, Instant renamedAt) {
        this.smelter = smelter;
        this.oldName = oldName;
        this.newName = newName;
        this.templateVersion = templateVersion;
        this.renamedAt = renamedAt;
    }

    SmelterRename(Smelter smelter, String oldName, String newName, Metal oldMetal, Metal newMetal, String templateVersion,
                  Instant renamedAt) {
        this(smelter, oldName, newName, templateVersion, renamedAt);
        this.oldMetal = oldMetal;
        this.newMetal = newMetal;
    }

    /** The same change from the same template version (so a history loaded twice records it once). */
    boolean sameChange(String oldName, String newName, Metal oldMetal, Metal newMetal, String templateVersion) {
        return this.oldName.equals(oldName) && this.newName.equals(newName) && java.util.Objects.equals(this.oldMetal, oldMetal)
                && java.util.Objects.equals(this.newMetal, newMetal) && java.util.Objects.equals(this.templateVersion, templateVersion);
    }

    public boolean isMetalChange() {
        return oldMetal != null && oldMetal != newMetal;
    }

    public Metal getOldMetal() {
        return oldMetal;
    }

    public Metal getNewMetal() {
        return newMetal;
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
