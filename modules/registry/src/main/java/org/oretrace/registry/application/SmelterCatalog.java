package org.oretrace.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.registry.domain.AliasOrigin;
import org.oretrace.registry.domain.Smelter;
import org.oretrace.registry.domain.SmelterAlias;

import java.util.ArrayList;
import java.util.List;

/** Reads the registry in the shape the matcher and the screening need. */
@ApplicationScoped
public class SmelterCatalog {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    public SmelterCatalog() {
    }

    SmelterCatalog(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KnownSmelter> knownSmelters() {
        List<Smelter> smelters = em.createQuery("select distinct s from Smelter s left join fetch s.aliases", Smelter.class)
                .getResultList();
        List<KnownSmelter> known = new ArrayList<>(smelters.size());
        for (Smelter s : smelters) {
            List<String> reference = new ArrayList<>();
            List<String> learned = new ArrayList<>();
            for (SmelterAlias alias : s.getAliases()) {
                (alias.getOrigin() == AliasOrigin.LEARNED ? learned : reference).add(alias.getName());
            }
            known.add(new KnownSmelter(s.getSmelterId(), s.getMetal(), s.getStandardName(), s.getCountryCode(), reference, learned));
        }
        return known;
    }

    /** Changes whenever a smelter or alias is added or changed, also by another cluster node. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String stamp() {
        Object[] smelters = em.createQuery("select count(s), max(s.updatedAt) from Smelter s", Object[].class).getSingleResult();
        Object[] aliases = em.createQuery("select count(a), max(a.id) from SmelterAlias a", Object[].class).getSingleResult();
        return smelters[0] + "/" + smelters[1] + "/" + aliases[0] + "/" + aliases[1];
    }
}
