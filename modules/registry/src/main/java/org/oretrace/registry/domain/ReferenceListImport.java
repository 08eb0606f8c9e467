package org.oretrace.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** The log of one reference-list import and what it changed. */
@Entity
@Table(name = "reference_list_import")
public class ReferenceListImport implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reference_list_import_seq")
    @SequenceGenerator(name = "reference_list_import_seq", sequenceName = "reference_list_import_seq", allocationSize = 50)
    private Long id;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 200)
    private String importedBy;

    @Column(name = "file_name", length = 300)
    private String fileName;

    @Column(name = "template_version", nullable = false, length = 60)
    private String templateVersion;

    @Column(name = "alias_rows", nullable = false)
    private int aliasRows;

    @Column(name = "smelters_in_list", nullable = false)
    private int smeltersInList;

    @Column(name = "new_count", nullable = false)
    private int newCount;

    @Column(name = "changed_count", nullable = false)
    private int changedCount;

    @Column(name = "unchanged_count", nullable = false)
    private int unchangedCount;

    @Column(name = "no_longer_listed_count", nullable = false)
    private int noLongerListedCount;

    @Column(name = "relisted_count", nullable = false)
    private int relistedCount;

    @Column(name = "new_alias_count", nullable = false)
    private int newAliasCount;

    @Column(name = "rename_count", nullable = false)
    private int renameCount;

    protected ReferenceListImport() {
    }

    public ReferenceListImport(Instant importedAt, String importedBy, String fileName, String templateVersion,
                               int aliasRows, int smeltersInList, int newCount, int changedCount, int unchangedCount,
                               int noLongerListedCount, int relistedCount, int newAliasCount, int renameCount) {
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.fileName = fileName;
        this.templateVersion = templateVersion;
        this.aliasRows = aliasRows;
        this.smeltersInList = smeltersInList;
        this.newCount = newCount;
        this.changedCount = changedCount;
        this.unchangedCount = unchangedCount;
        this.noLongerListedCount = noLongerListedCount;
        this.relistedCount = relistedCount;
        this.newAliasCount = newAliasCount;
        this.renameCount = renameCount;
    }

    public String summary() {
        return "%s: %d smelters (%d look-up names); %d new, %d changed, %d unchanged, %d no longer listed, %d listed again; %d new aliases, %d renames"
                .formatted(templateVersion, smeltersInList, aliasRows, newCount, changedCount, unchangedCount,
                        noLongerListedCount, relistedCount, newAliasCount, renameCount);
    }

    public Long getId() {
        return id;
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

    public String getTemplateVersion() {
        return templateVersion;
    }

    public int getAliasRows() {
        return aliasRows;
    }

    public int getSmeltersInList() {
        return smeltersInList;
    }

    public int getNewCount() {
        return newCount;
    }

    public int getChangedCount() {
        return changedCount;
    }

    public int getUnchangedCount() {
        return unchangedCount;
    }

    public int getNoLongerListedCount() {
        return noLongerListedCount;
    }

    public int getRelistedCount() {
        return relistedCount;
    }

    public int getNewAliasCount() {
        return newAliasCount;
    }

    public int getRenameCount() {
        return renameCount;
    }
}
