package org.oretrace.registry.application;

import org.oretrace.kernel.BusinessRuleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.registry.domain.AliasOrigin;
import org.oretrace.registry.domain.ReferenceListImport;
import org.oretrace.registry.domain.Smelter;
import org.oretrace.registry.infrastructure.ReferenceList;
import org.oretrace.registry.infrastructure.ReferenceListReader;
import org.oretrace.registry.infrastructure.ReferenceRow;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports RMI's smelter reference list. Idempotent: importing the same list again changes nothing;
 * a newer list adds smelters and look-up names, records renames and marks smelters it no longer
 * carries (never deleting them: old declarations name them).
 */
@ApplicationScoped
public class ReferenceListService {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ApplicationClock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<RegistryChanged> changed;

    /** An uploaded CMRT or EMRT workbook (admin screen, REST). */
    @Allowed(Role.ADMIN)
    @Transactional
    public ReferenceListImport importWorkbook(InputStream workbook, String fileName) throws IOException {
        return importList(ReferenceListReader.read(workbook), fileName);
    }

    @Transactional
    public ReferenceListImport importList(ReferenceList list, String fileName) {
        Instant now = clock.now();
        String actor = currentUser.name();
        Map<String, List<ReferenceRow>> rowsById = new LinkedHashMap<>();
        Set<Metal> listMetals = java.util.EnumSet.noneOf(Metal.class);
        int aliasRows = 0;
        for (ReferenceRow row : list.rows()) {
            if (row.smelterId() == null || Metal.fromText(row.metal()).isEmpty()) {
                continue;
            }
            aliasRows++;
            listMetals.add(Metal.fromText(row.metal()).orElseThrow());
            rowsById.computeIfAbsent(row.smelterId(), id -> new ArrayList<>()).add(row);
        }
        if (rowsById.isEmpty()) {
            throw new BusinessRuleException("The workbook's Smelter Look-up sheet lists no smelters");
        }
        Map<String, Smelter> existing = em.createQuery("select distinct s from Smelter s left join fetch s.aliases", Smelter.class)
                .getResultList().stream().collect(Collectors.toMap(Smelter::getSmelterId, Function.identity()));
        String version = list.template();
        int created = 0;
        int changedCount = 0;
        int unchanged = 0;
        int relisted = 0;
        int newAliases = 0;
        int renames = 0;
        for (Map.Entry<String, List<ReferenceRow>> e : rowsById.entrySet()) {
            ReferenceRow first = e.getValue().get(0);
            String standardName = first.standardName() != null ? first.standardName() : first.lookupName();
            Set<String> names = new LinkedHashSet<>();
            e.getValue().forEach(r -> {
                if (r.lookupName() != null) {
                    names.add(r.lookupName());
                }
            });
            Smelter smelter = existing.get(e.getKey());
            Metal metal = Metal.fromText(first.metal()).orElseThrow();
            if (smelter == null) {
                smelter = new Smelter(e.getKey(), metal, standardName, now);
                smelter.relocate(first.country(), first.street(), first.city(), first.stateProvince(), first.source(), now);
                smelter.markListed(version, now);
                for (String name : names) {
                    smelter.addAlias(name, AliasOrigin.REFERENCE, list.source(), now);
                }
                em.persist(smelter);
                created++;
                continue;
            }
            List<String> what = new ArrayList<>();
            Metal oldMetal = smelter.getMetal();
            if (smelter.changeMetal(metal, version, now).isPresent()) {
                what.add("metal changed from " + oldMetal.displayName() + " to " + metal.displayName());
            }
            String oldName = smelter.getStandardName();
            if (smelter.rename(standardName, version, now).isPresent()) {
                renames++;
                what.add("renamed from '" + oldName + "' to '" + standardName + "'");
            }
            String oldPlace = place(smelter);
            if (smelter.relocate(first.country(), first.street(), first.city(), first.stateProvince(), first.source(), now)) {
                what.add("location " + oldPlace + " → " + place(smelter));
            }
            int aliasesBefore = smelter.getAliases().size();
            for (String name : names) {
                smelter.addAlias(name, AliasOrigin.REFERENCE, list.source(), now);
            }
            int added = smelter.getAliases().size() - aliasesBefore;
            if (added > 0) {
                newAliases += added;
                what.add(added + " new look-up name(s)");
            }
            smelter.listLookupNames(names);
            if (smelter.markListed(version, now)) {
                relisted++;
                what.add("listed again");
            }
            if (what.isEmpty()) {
                unchanged++;
            } else {
                changedCount++;
                audit.record("Smelter", smelter.getSmelterId(), "updated", "RMI " + version + ": " + String.join("; ", what));
            }
        }
        int noLongerListed = 0;
        for (Smelter smelter : existing.values()) {
            // a list speaks only for its own metals: an EMRT's (cobalt, mica, ...) says nothing about the CMRT's 3TG
            // smelters, nor a CMRT about cobalt refiners, nor an EMRT 1.x (cobalt, mica) about copper smelters
            if (smelter.isListed() && listMetals.contains(smelter.getMetal())
                    && !rowsById.containsKey(smelter.getSmelterId())) {
                smelter.markNoLongerListed(version, now);
                noLongerListed++;
                audit.record("Smelter", smelter.getSmelterId(), "no longer listed",
                        "not in RMI's reference list of " + version + " (kept: older declarations name it)");
            }
        }
        ReferenceListImport log = new ReferenceListImport(now, actor, fileName, version, aliasRows, rowsById.size(), created,
                changedCount, unchanged, noLongerListed, relisted, newAliases, renames);
        em.persist(log);
        em.flush();
        audit.record("ReferenceListImport", log.getId(), "imported", log.summary());
        if (changed != null) {
            changed.fire(new RegistryChanged("reference list " + version + " imported"));
        }
        return log;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReferenceListImport> imports() {
        return em.createQuery("select i from ReferenceListImport i order by i.importedAt desc, i.id desc", ReferenceListImport.class)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long smelterCount() {
        return em.createQuery("select count(s) from Smelter s", Long.class).getSingleResult();
    }

    private static String place(Smelter s) {
        return java.util.stream.Stream.of(s.getStreet(), s.getCity(), s.getStateProvince(), s.getCountryName())
                .filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", ", "(", ")"));
    }
}
