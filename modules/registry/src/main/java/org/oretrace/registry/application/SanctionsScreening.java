package org.oretrace.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.country.Countries;
import org.oretrace.kernel.country.Country;
import org.oretrace.kernel.screening.NameScreening;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.registry.domain.HitStatus;
import org.oretrace.registry.domain.ScreenedSubject;
import org.oretrace.registry.domain.ScreeningHit;
import org.oretrace.registry.domain.SdnType;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sanctions screening for other modules, offered through the kernel's {@link NameScreening} so that
 * outreach can screen its suppliers without depending on the registry. Uses the newest SDN list
 * version and the same matcher and review queue as the smelter screening.
 */
@ApplicationScoped
public class SanctionsScreening implements NameScreening {

    /** Suppliers may be companies or people; vessels and aircraft are not suppliers. */
    static final Set<SdnType> SUPPLIER_TYPES = EnumSet.of(SdnType.ENTITY, SdnType.INDIVIDUAL);

    @Inject
    SanctionsService sanctions;

    @Inject
    ApplicationClock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Match> screenName(String name, String country) {
        return hits(name, country).stream().map(SanctionsScreening::match).toList();
    }

    /** Possible SDN matches of a name (best first), without recording anything; empty when no list is imported. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SanctionsMatcher.Hit> hits(String name, String country) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String code = Countries.resolve(country).map(Country::code).orElse(null);
        return sanctions.latestList().map(list -> sanctions.matcher(list.getId()).screen(name, code, SUPPLIER_TYPES))
                .orElse(List.of());
    }

    @Override
    @Transactional
    public List<Match> screenSupplier(String supplierRef, String name, String country) {
        return recordSupplier(supplierRef, name, country).stream().filter(ScreeningHit::isStillListed)
                .map(h -> new Match(h.getEntNum(), h.getSdnName(), null, h.getSdnPrograms(), h.getScore())).toList();
    }

    /**
     * Screens a supplier and puts its hits in the sanctions review queue (decisions already made for
     * the same supplier and SDN entry are kept). Returns all hits of the supplier.
     *
     * @param supplierRef outreach's supplier id (as text)
     */
    @Transactional
    public List<ScreeningHit> recordSupplier(String supplierRef, String name, String country) {
        sanctions.latestList().ifPresent(list -> {
            Map<String, ScreeningHit> existing = new HashMap<>();
            sanctions.hitsFor(ScreenedSubject.SUPPLIER, supplierRef).forEach(h -> existing.put(supplierRef + "|" + h.getEntNum(), h));
            for (SanctionsMatcher.Hit hit : hits(name, country)) {
                sanctions.record(ScreenedSubject.SUPPLIER, supplierRef, name, hit, list.getId(), clock.now(), existing);
            }
            existing.values().forEach(h -> h.notSeenIn(list.getId()));
        });
        return sanctions.hitsFor(ScreenedSubject.SUPPLIER, supplierRef);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isSanctionedSupplier(String supplierRef) {
        return sanctions.hitsFor(ScreenedSubject.SUPPLIER, supplierRef).stream()
                .anyMatch(h -> h.getStatus() == HitStatus.CONFIRMED && h.isStillListed());
    }

    private static Match match(SanctionsMatcher.Hit hit) {
        return new Match(hit.entNum(), hit.sdnName(), hit.type().name(), hit.programs(), hit.score());
    }
}
