package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.registry.published.RmapCategory;
import org.oretrace.registry.published.RmapStanding;
import org.oretrace.registry.published.SmelterFacts;
import org.oretrace.registry.published.SmelterRegistry;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the registry knows of the smelters a declaration names, for its screen: each row's RMAP status on the end of
 * the declaration's reporting year (the date a filing counts it on), with the status list it comes from, or Unknown
 * and why; and the SDN entry of a smelter confirmed as sanctioned. One round trip to the registry per declaration.
 */
@ApplicationScoped
public class SmelterStandings {

    @Inject
    SmelterRegistry registry;

    @Inject
    ApplicationClock clock;

    /**
     * One row's standing.
     *
     * @param category  "Conformant", "In progress", "Not conformant" or "Unknown"
     * @param tag       the CSS classes of its coloured tag
     * @param detail    RMI's words and date, or why it is unknown
     * @param source    the status list it comes from and its date, null when unknown
     * @param name      RMI's standard name of the smelter, null when unresolved
     * @param country   the registry's country of the smelter, null when unresolved
     * @param sanctions the confirmed SDN entry, null when none
     */
    public record Standing(String category, String tag, String detail, String source, String name, String country,
                           String sanctions)
            implements Serializable {
    }

    /**
     * The standings of the declaration's rows by row number, and the date they are on: the end of the reporting year
     * ({@code yearEnd}), or today for a declaration without a reporting year.
     */
    public record Standings(LocalDate on, boolean yearEnd, Map<Integer, Standing> rows) implements Serializable {
    }

    public Standings of(Declaration d) {
        LocalDate on = d.getReportingYear() == null ? clock.today() : LocalDate.of(d.getReportingYear(), 12, 31);
        Set<String> ids = new LinkedHashSet<>();
        for (SmelterRow row : d.smelterList()) {
            if (row.getResolvedSmelterId() != null) {
                ids.add(row.getResolvedSmelterId());
            }
        }
        Map<String, SmelterFacts> facts = ids.isEmpty() ? Map.of() : registry.facts(ids, on);
        Map<String, String> sdn = ids.isEmpty() ? Map.of() : registry.confirmedSanctionsEntries(ids);
        Map<Integer, Standing> rows = new HashMap<>();
        for (SmelterRow row : d.smelterList()) {
            rows.put(row.getRow(), standing(row, facts, sdn, on));
        }
        return new Standings(on, d.getReportingYear() != null, rows);
    }

    static Standing standing(SmelterRow row, Map<String, SmelterFacts> facts, Map<String, String> sdn, LocalDate on) {
        String id = row.getResolvedSmelterId();
        if (id == null) {
            return new Standing("Unknown", "ot-tag", "Unknown: the smelter is not identified (no registry ID matched)",
                    null, null, null, null);
        }
        SmelterFacts f = facts.get(id);
        if (f == null) {
            return new Standing("Unknown", "ot-tag", "Unknown: " + id + " is not in the registry", null, null, null, null);
        }
        RmapStanding s = f.rmap() == null ? RmapStanding.unknown(id) : f.rmap();
        String tag = switch (s.category()) {
            case CONFORMANT -> "ot-tag ot-tag-good";
            case IN_PROGRESS -> "ot-tag ot-tag-warn";
            case NOT_CONFORMANT -> "ot-tag ot-tag-bad";
            case UNKNOWN -> "ot-tag";
        };
        String country = f.countryName() != null ? f.countryName() : f.countryAsListed();
        if (!s.known()) {
            return new Standing(RmapCategory.UNKNOWN.label(), tag, "Unknown: no imported RMAP status list covers " + on,
                    null, f.standardName(), country, sdn.get(id));
        }
        String source = s.source() + (s.sourceAsOf() == null ? "" : ", as of " + s.sourceAsOf());
        return new Standing(s.category().label(), tag, s.status() + (s.statusDate() == null ? "" : " since " + s.statusDate())
                + (s.derived() ? " (concluded: it dropped off the list)" : ""), source, f.standardName(), country, sdn.get(id));
    }
}
