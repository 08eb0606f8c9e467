package org.oretrace.registry.api;

import org.oretrace.kernel.reports.SmelterReports;
import org.oretrace.kernel.reports.SmelterReports.SmelterReport;
import org.oretrace.registry.published.SmelterFacts;
import org.oretrace.registry.domain.RmapStatusEntry;
import org.oretrace.registry.domain.Screening;
import org.oretrace.registry.domain.ScreeningHit;
import org.oretrace.registry.domain.Smelter;
import org.oretrace.registry.domain.SmelterAlias;
import org.oretrace.registry.domain.SmelterRename;

import jakarta.json.bind.annotation.JsonbNillable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** JSON shapes of the registry API. */
public final class SmelterJson {

    private SmelterJson() {
    }

    /** A smelter in a search result. */
    public record Summary(String smelterId, String metal, String standardName, String country, String countryCode, String city,
                          String stateProvince, boolean listed, String noLongerListedSince, boolean coveredCountry) {
        static Summary of(Smelter s) {
            return new Summary(s.getSmelterId(), s.getMetal().displayName(), s.getStandardName(), s.getCountryName(),
                    s.getCountryCode(), s.getCity(), s.getStateProvince(), s.isListed(), s.getNoLongerListedSince(),
                    s.isInCoveredCountry());
        }
    }

    public record Alias(String name, String origin, boolean listed, Instant addedAt, String addedBy) {
        static Alias of(SmelterAlias a) {
            return new Alias(a.getName(), a.getOrigin().name(), a.isListed(), a.getAddedAt(), a.getAddedBy());
        }
    }

    /** A rename by RMI, or a change of metal ({@code oldMetal}/{@code newMetal}, null for a rename only). */
    public record Rename(String oldName, String newName, String oldMetal, String newMetal, String templateVersion, Instant renamedAt) {
        static Rename of(SmelterRename r) {
            return new Rename(r.getOldName(), r.getNewName(), r.isMetalChange() ? r.getOldMetal().displayName() : null,
                    r.isMetalChange() ? r.getNewMetal().displayName() : null, r.getTemplateVersion(), r.getRenamedAt());
        }
    }

    /** @param derived true for "Dropped off the ... list": concluded by the registry, dated by the import it is missing from */
    public record Status(String status, String category, LocalDate statusDate, String source, LocalDate sourceAsOf,
                         boolean derived, LocalDate lastAuditDate, String auditCycle, Boolean reauditInProgress) {
    }

    /**
     * Everything known about one smelter; status and flags as of the date {@code on}. rmapCategory is UNKNOWN (and
     * rmapStatus, rmapStatusDate, rmapSource null) when no imported status covers the date.
     */
    @JsonbNillable
    public record Detail(String smelterId, String metal, String standardName, String country, String countryCode, String street,
                         String city, String stateProvince, String source, boolean listed, String firstListedIn,
                         String lastListedIn, String noLongerListedSince, String listing, boolean coveredCountry,
                         boolean cahra, boolean sanctioned, LocalDate on,
                         String rmapCategory, String rmapStatus, LocalDate rmapStatusDate, String rmapSource,
                         LocalDate rmapSourceAsOf, boolean rmapDerived, LocalDate lastAuditDate, String auditCycle,
                         Boolean reauditInProgress, List<Alias> aliases, List<Rename> renames,
                         List<Status> statusHistory, List<Hit> screeningHits, ReportedBy reportedBy) {
        static Detail of(Smelter s, LocalDate on, SmelterFacts f, List<Status> history, List<ScreeningHit> hits, ReportedBy reportedBy) {
            return new Detail(s.getSmelterId(), s.getMetal().displayName(), s.getStandardName(), s.getCountryName(),
                    s.getCountryCode(), s.getStreet(), s.getCity(), s.getStateProvince(), s.getSource(), s.isListed(),
                    s.getFirstListedIn(), s.getLastListedIn(), s.getNoLongerListedSince(), s.listingStatus(), f.coveredCountry(),
                    f.cahra(), f.sanctioned(), on,
                    f.rmapCategory().name(), f.rmapStatus(), f.rmapStatusDate(), f.rmap().source(), f.rmap().sourceAsOf(),
                    f.rmap().derived(), f.rmap().lastAuditDate(), f.rmap().auditCycle(), f.rmap().reauditInProgress(),
                    s.getAliases().stream().map(Alias::of).toList(), s.getRenames().stream().map(Rename::of).toList(), history,
                    hits.stream().map(Hit::of).toList(), reportedBy);
        }
    }

    /**
     * The read declarations that name the smelter.
     *
     * @param suppliers    distinct suppliers among them
     * @param declarations newest first, one per declaration
     */
    public record ReportedBy(int suppliers, List<SmelterReport> declarations) {
        static ReportedBy of(List<SmelterReport> reports) {
            return new ReportedBy(SmelterReports.supplierCount(reports), reports);
        }
    }

    /** A sanctions screening hit. */
    public record Hit(long id, String subjectType, String subjectRef, String subjectName, String screenedName, int sdnEntryNumber,
                      String sdnName, String sdnPrograms, String sdnRemarks, double score, String status, String reason,
                      String decidedBy, Instant decidedAt, boolean stillListed) {
        static Hit of(ScreeningHit h) {
            return new Hit(h.getId(), h.getSubjectType().name(), h.getSubjectRef(), h.getSubjectName(), h.getScreenedName(),
                    h.getEntNum(), h.getSdnName(), h.getSdnPrograms(), h.getSdnRemarks(), h.getScore(), h.getStatus().name(),
                    h.getReason(), h.getDecidedBy(), h.getDecidedAt(), h.isStillListed());
        }
    }

    /** A screening of all smelters: progress while running, counts once finished. */
    public record Run(long id, String state, long listId, LocalDate listDate, Instant startedAt, String startedBy, Instant finishedAt,
                      int done, int total, int percent, Integer names, Integer hits, Integer newHits, Integer openHits, String message) {
        static Run of(Screening s) {
            return new Run(s.getId(), s.getState().name(), s.getListId(), s.getListDate(), s.getStartedAt(), s.getStartedBy(),
                    s.getFinishedAt(), s.getDone(), s.getTotal(), s.percent(), s.getNames(), s.getHits(), s.getNewHits(),
                    s.getOpenHits(), s.getMessage());
        }
    }

    static Status status(RmapStatusEntry e, String category) {
        return new Status(e.getStatus(), category, e.getStatusDate(),
                e.getSource() == null ? e.getSourceText() : e.getSource().getSourceLabel(),
                e.getSource() == null ? null : e.getSource().getAsOf(), e.isDerived(), e.getLastAuditDate(), e.getAuditCycle(),
                e.getReauditInProgress());
    }
}
