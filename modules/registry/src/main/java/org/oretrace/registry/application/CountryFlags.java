package org.oretrace.registry.application;

import org.oretrace.kernel.BusinessRuleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.country.Countries;
import org.oretrace.kernel.country.Country;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.registry.domain.CountryFlag;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The company's CAHRA designations; the covered-country flag is fixed by the rule and not stored. */
@ApplicationScoped
public class CountryFlags {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ApplicationClock clock;

    @Inject
    CurrentUser currentUser;

    @Allowed(Role.COMPLIANCE)
    @Transactional
    public void setCahra(String countryCode, boolean cahra, String note) {
        org.oretrace.kernel.InputLimits.text("Note", note, 500);
        Country country = Countries.byCode(countryCode)
                .orElseThrow(() -> new BusinessRuleException("Unknown country code " + countryCode));
        CountryFlag flag = em.find(CountryFlag.class, country.code());
        boolean before = flag != null && flag.isCahra();
        if (flag == null) {
            em.persist(new CountryFlag(country.code(), cahra, note, currentUser.name(), clock.now()));
        } else {
            flag.set(cahra, note, currentUser.name(), clock.now());
        }
        audit.record("Country", country.code(), "CAHRA " + (cahra ? "set" : "cleared"), country.name() + ": CAHRA " + before
                + " → " + cahra + (note == null || note.isBlank() ? "" : " (" + note.strip() + ")"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> cahraCodes() {
        return new HashSet<>(em.createQuery("select f.countryCode from CountryFlag f where f.cahra = true", String.class)
                .getResultList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CountryFlag> flags() {
        return em.createQuery("select f from CountryFlag f", CountryFlag.class).getResultList();
    }

    /** Codes of countries with a note, for display. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, CountryFlag> flagsByCode() {
        return flags().stream().collect(Collectors.toMap(CountryFlag::getCountryCode, f -> f));
    }
}
