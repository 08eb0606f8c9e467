package org.oretrace.registry.application;

import jakarta.persistence.EntityManager;
import org.oretrace.registry.domain.RmapImport;
import org.oretrace.registry.domain.RmapSourceKind;
import org.oretrace.registry.domain.RmapStatusEntry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The statuses nobody published: a smelter on one import of an RMI list and missing from the next import of the same
 * list "dropped off" it, dated by that next import. Recomputed from all imports of the list after each one, so an
 * older list imported late fits in where its date belongs. A status a list or table stated for the same smelter and
 * date always wins over a concluded one.
 */
final class RmapDropOffs {

    private final EntityManager em;

    RmapDropOffs(EntityManager em) {
        this.em = em;
    }

    /** @return how many concluded entries the given import now carries */
    int recompute(RmapSourceKind kind, RmapImport current) {
        em.flush();
        TreeMap<LocalDate, RmapImport> latestAt = new TreeMap<>();
        for (RmapImport i : em.createQuery("select i from RmapImport i where i.kind = :k and i.asOf is not null order by i.asOf, i.id",
                RmapImport.class).setParameter("k", kind).getResultList()) {
            latestAt.put(i.getAsOf(), i);
        }
        Map<LocalDate, Set<String>> members = new HashMap<>();
        for (Object[] row : em.createQuery("select e.statusDate, e.smelterId from RmapStatusEntry e where e.source.kind = :k"
                + " and e.derived = false", Object[].class).setParameter("k", kind).getResultList()) {
            members.computeIfAbsent((LocalDate) row[0], d -> new HashSet<>()).add((String) row[1]);
        }
        Map<String, RmapImport> wanted = new HashMap<>();
        LocalDate previous = null;
        for (LocalDate date : latestAt.keySet()) {
            if (previous != null) {
                Set<String> now = members.getOrDefault(date, Set.of());
                for (String id : members.getOrDefault(previous, Set.of())) {
                    if (!now.contains(id)) {
                        wanted.put(key(id, date), latestAt.get(date));
                    }
                }
            }
            previous = date;
        }
        for (RmapStatusEntry e : em.createQuery("select e from RmapStatusEntry e where e.derived = true and e.source.kind = :k",
                RmapStatusEntry.class).setParameter("k", kind).getResultList()) {
            if (wanted.remove(key(e.getSmelterId(), e.getStatusDate())) == null) {
                em.remove(e);
            }
        }
        em.flush();
        if (!wanted.isEmpty()) {
            Set<String> taken = new HashSet<>();
            List<LocalDate> dates = wanted.keySet().stream().map(k -> LocalDate.parse(k.substring(k.indexOf('|') + 1))).distinct().toList();
            for (Object[] row : em.createQuery("select e.smelterId, e.statusDate from RmapStatusEntry e where e.statusDate in :dates",
                    Object[].class).setParameter("dates", dates).getResultList()) {
                taken.add(key((String) row[0], (LocalDate) row[1]));
            }
            wanted.forEach((key, later) -> {
                if (!taken.contains(key)) {
                    em.persist(RmapStatusEntry.droppedOff(key.substring(0, key.indexOf('|')), later));
                }
            });
            em.flush();
        }
        return current.getId() == null ? 0 : em.createQuery("select count(e) from RmapStatusEntry e where e.derived = true"
                + " and e.source = :i", Long.class).setParameter("i", current).getSingleResult().intValue();
    }

    private static String key(String smelterId, LocalDate date) {
        return smelterId + "|" + date;
    }
}
