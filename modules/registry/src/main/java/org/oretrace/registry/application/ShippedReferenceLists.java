package org.oretrace.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.registry.application.ListHistory.Listing;
import org.oretrace.registry.domain.AliasOrigin;
import org.oretrace.registry.domain.ReferenceListImport;
import org.oretrace.registry.domain.Smelter;
import org.oretrace.registry.domain.TemplateVersions;
import org.oretrace.registry.infrastructure.ReferenceList;
import org.oretrace.registry.infrastructure.ReferenceListCsv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings the registry up to the whole history of RMI's list as shipped with the product (CMRT 6.01 to 6.5), on
 * every start, adding only what is missing:
 * <ul>
 * <li>a fresh installation imports the lists oldest first, as an admin uploading them in turn would
 * ({@link ReferenceListService#importList}): renames, smelters dropped ("no longer listed since"), listed again;</li>
 * <li>an installation that already has a newer list (before the history shipped: only 6.5) gets the older lists
 * <em>merged into the past</em>: the smelters only they carried (not listed, since the list that dropped them),
 * their look-up names as aliases of the smelters it has, and the renames and metal changes between versions,
 * without touching current names, places or listing;</li>
 * <li>a shipped list newer than anything imported is imported as usual.</li>
 * </ul>
 * A list counts as loaded when an import of its template version is logged, whoever made it.
 */
@ApplicationScoped
public class ShippedReferenceLists {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    ReferenceListService referenceLists;

    @Inject
    AuditTrail audit;

    @Inject
    ApplicationClock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<RegistryChanged> changed;

    /** The lists shipped in the registry jar, oldest first. */
    public static List<ReferenceList> shipped() {
        return ReferenceListCsv.SHIPPED_VERSIONS.stream().map(ReferenceListCsv::readShipped).toList();
    }

    /** The newest EMRT look-up list shipped in the registry jar (RMI's EMRT 2.1). */
    public static ReferenceList shippedEmrt() {
        List<String> versions = ReferenceListCsv.SHIPPED_EMRT_VERSIONS;
        return ReferenceListCsv.readShippedEmrt(versions.get(versions.size() - 1));
    }

    /**
     * Imports the shipped EMRT list (cobalt, copper, graphite, lithium, mica and nickel smelters and processors, each
     * labelled with the list's source and date) unless an import of that EMRT version is logged, shipped or uploaded.
     * Not part of every start: an installation that asks for no EMRT needs none of these smelters in its registry; the
     * demo loads it, an administrator may upload any EMRT instead.
     *
     * @return the import log, empty when the list was there already
     */
    @Transactional
    public java.util.Optional<ReferenceListImport> loadEmrt() {
        ReferenceList list = shippedEmrt();
        boolean imported = em.createQuery("select count(i) from ReferenceListImport i where i.templateVersion = :v", Long.class)
                .setParameter("v", list.template()).getSingleResult() > 0;
        return imported ? java.util.Optional.empty()
                : java.util.Optional.of(referenceLists.importList(list, list.source() + " (shipped with Oretrace)"));
    }

    /**
     * Loads what the registry is missing of the given lists (oldest first); returns the import logs written, none when
     * nothing was missing.
     */
    @Transactional
    public List<ReferenceListImport> load(List<ReferenceList> listsOldestFirst) {
        Set<String> imported = new HashSet<>(em.createQuery("select distinct i.templateVersion from ReferenceListImport i", String.class)
                .getResultList());
        String newest = imported.stream().filter(TemplateVersions::isCmrt).max(TemplateVersions.ORDER).orElse(null);
        List<ReferenceList> older = new ArrayList<>();
        List<ReferenceList> newer = new ArrayList<>();
        for (ReferenceList list : listsOldestFirst) {
            if (imported.contains(list.template())) {
                continue;
            }
            (newest != null && TemplateVersions.ORDER.compare(list.template(), newest) < 0 ? older : newer).add(list);
        }
        List<ReferenceListImport> logs = new ArrayList<>();
        if (!older.isEmpty()) {
            logs.addAll(mergeIntoThePast(new ListHistory(listsOldestFirst), older, newest));
        }
        for (ReferenceList list : newer) {
            logs.add(referenceLists.importList(list, list.source() + " (shipped with Oretrace)"));
        }
        return logs;
    }

    private List<ReferenceListImport> mergeIntoThePast(ListHistory history, List<ReferenceList> older, String newestImported) {
        Instant now = clock.now();
        Set<String> missing = older.stream().map(ReferenceList::template).collect(Collectors.toSet());
        Map<String, Smelter> existing = em.createQuery("select distinct s from Smelter s left join fetch s.aliases", Smelter.class)
                .getResultList().stream().collect(Collectors.toMap(Smelter::getSmelterId, Function.identity()));
        Map<String, Counts> counts = new LinkedHashMap<>();
        older.forEach(l -> counts.put(l.template(), new Counts()));
        for (String smelterId : history.smelterIds()) {
            List<Listing> listings = history.listings(smelterId);
            if (listings.stream().noneMatch(l -> missing.contains(l.version()))) {
                continue;
            }
            Smelter smelter = existing.get(smelterId);
            if (smelter == null) {
                smelter = replay(smelterId, listings, now, counts);
                smelter.markNoLongerListed(history.droppedBy(smelterId).orElse(newestImported), now);
                em.persist(smelter);
                audit.record("Smelter", smelterId, "created", "from RMI's older lists: " + smelter.listingStatus());
            } else {
                addThePast(smelter, listings, missing, now, counts);
                history.droppedBy(smelterId).ifPresent(smelter::knowNoLongerListedSince);
            }
        }
        List<ReferenceListImport> logs = new ArrayList<>();
        for (ReferenceList list : older) {
            Counts c = counts.get(list.template());
            int inList = (int) list.rows().stream().map(r -> r.smelterId()).filter(id -> id != null).distinct().count();
            int aliasRows = (int) list.rows().stream().filter(r -> r.smelterId() != null).count();
            ReferenceListImport log = new ReferenceListImport(now, currentUser.name(),
                    list.source() + " (shipped with Oretrace, added to the history)", list.template(), aliasRows, inList,
                    c.created, c.changed.size(), inList - c.created - c.changed.size(), 0, 0, c.newAliases, c.renames);
            em.persist(log);
            em.flush();
            audit.record("ReferenceListImport", log.getId(), "imported", log.summary());
            logs.add(log);
        }
        if (changed != null) {
            changed.fire(new RegistryChanged("RMI's older reference lists added: " + String.join(", ", missing)));
        }
        return logs;
    }

    /** A smelter only older lists carried: built as importing those lists in turn would have built it. */
    private static Smelter replay(String smelterId, List<Listing> listings, Instant now, Map<String, Counts> counts) {
        Listing first = listings.get(0);
        Smelter smelter = new Smelter(smelterId, first.metal(), first.standardName(), now);
        Counts atFirst = counts.get(first.version());
        if (atFirst != null) {
            atFirst.created++;
        }
        for (Listing l : listings) {
            Counts c = counts.get(l.version());
            smelter.changeMetal(l.metal(), l.version(), now);
            if (smelter.rename(l.standardName(), l.version(), now).isPresent() && c != null) {
                c.renames++;
            }
            for (String name : l.names()) {
                if (smelter.addAlias(name, AliasOrigin.REFERENCE, l.list().source(), now).isPresent() && c != null && l != first) {
                    c.newAliases++;
                }
            }
            smelter.listLookupNames(l.names());
            smelter.markListed(l.version(), now);
            var row = l.first();
            smelter.relocate(row.country(), row.street(), row.city(), row.stateProvince(), row.source(), now);
        }
        return smelter;
    }

    /** A smelter the registry has: the older lists' names become aliases, their renames and metal changes history. */
    private static void addThePast(Smelter smelter, List<Listing> listings, Set<String> missing, Instant now,
                                   Map<String, Counts> counts) {
        Listing previous = null;
        for (Listing l : listings) {
            boolean older = missing.contains(l.version());
            Counts c = counts.get(l.version());
            if (older) {
                smelter.listedEarlierIn(l.version(), TemplateVersions.ORDER);
                for (String name : l.names()) {
                    if (smelter.addPastAlias(name, l.list().source(), now)) {
                        c.newAliases++;
                        c.changed.add(smelter.getSmelterId());
                    }
                }
            }
            if (previous != null && (older || missing.contains(previous.version()))
                    && smelter.recordPastChange(previous.standardName(), l.standardName(), previous.metal(), l.metal(), l.version(), now)) {
                Counts at = c != null ? c : counts.get(previous.version());
                at.renames++;
                at.changed.add(smelter.getSmelterId());
            }
            previous = l;
        }
    }

    /** What merging one older list changed. */
    private static final class Counts {
        int created;
        final Set<String> changed = new HashSet<>();
        int newAliases;
        int renames;
    }

}
