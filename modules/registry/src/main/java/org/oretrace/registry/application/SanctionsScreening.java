package org.oretrace.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.country.Countries;
import org.oretrace.kernel.country.Country;
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
 * Sanctions screening for other modules (outreach screens its suppliers with it). Uses the newest
 * SDN list version and the same matcher and review queue as the smelter screening.
 */
@ApplicationScoped
public class SanctionsScreening {

    /** Suppliers may be companies or people; vessels and aircraft are not suppliers. */
    static final Set<SdnType> SUPPLIER_TYPES = EnumSet.of(SdnType.ENTITY, SdnType.INDIVIDUAL);

    @Inject
    SanctionsService sanctions;

    @Inject
    ApplicationClock clock;

    /** Possible SDN matches of a name (best first), without recording anything; empty when no list is imported. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SanctionsMatcher.Hit> screenName(String name, String country) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String code = Countries.resolve(country).map(Country::code).orElse(null);
        return sanctions.latestList().map(list -> sanctions.matcher(list.getId()).screen(name, code, SUPPLIER_TYPES))
                .orElse(List.of());
    }

    /**
     * Screens a supplier and puts its hits in the sanctions review queue (decisions already made for
     * the same supplier and SDN entry are kept). Returns all hits of the supplier.
     *
     * @param supplierRef outreach's supplier id (as text)
     */
    @Transactional
    public List<ScreeningHit> screenSupplier(String supplierRef, String name, String country) {
        sanctions.latestList().ifPresent(list -> {
            Map<String, ScreeningHit> existing = new HashMap<>();
            sanctions.hitsFor(ScreenedSubject.SUPPLIER, supplierRef).forEach(h -> existing.put(supplierRef + "|" + h.getEntNum(), h));
            for (SanctionsMatcher.Hit hit : screenName(name, country)) {
                sanctions.record(ScreenedSubject.SUPPLIER, supplierRef, name, hit, list.getId(), clock.now(), existing);
            }
            existing.values().forEach(h -> h.notSeenIn(list.getId()));
        });
        return sanctions.hitsFor(ScreenedSubject.SUPPLIER, supplierRef);
    }

    /** True when a person confirmed an SDN hit for the supplier and the entry is still listed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isSanctionedSupplier(String supplierRef) {
        return sanctions.hitsFor(ScreenedSubject.SUPPLIER, supplierRef).stream()
                .anyMatch(h -> h.getStatus() == HitStatus.CONFIRMED && h.isStillListed());
    }
}
