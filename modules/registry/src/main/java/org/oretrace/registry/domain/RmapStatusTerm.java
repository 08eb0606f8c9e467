package org.oretrace.registry.domain;

import org.oretrace.registry.published.RmapCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Locale;

/** One word of RMI's status vocabulary ("Active", "Cross-Recognized", ...) and the category it counts as. */
@Entity
@Table(name = "rmap_status_term")
public class RmapStatusTerm implements java.io.Serializable {

    /** Lower case, trimmed: RMI's lists are not consistent in case. */
    @Id
    @Column(name = "term", length = 100)
    private String term;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private RmapCategory category;

    protected RmapStatusTerm() {
    }

    public RmapStatusTerm(String term, RmapCategory category) {
        this.term = normalize(term);
        this.category = category;
    }

    public static String normalize(String status) {
        return status == null ? "" : status.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public void mapTo(RmapCategory category) {
        this.category = category;
    }

    public String getTerm() {
        return term;
    }

    public RmapCategory getCategory() {
        return category;
    }
}
