package org.oretrace.registry.web;

import org.oretrace.kernel.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.country.Countries;
import org.oretrace.kernel.country.Country;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.registry.application.CountryFlags;
import org.oretrace.registry.domain.CountryFlag;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The country table: covered countries (fixed by the rule) and the company's CAHRA designations (editable, audited). */
@Named
@ViewScoped
public class CountriesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CountryFlags flags;

    @Inject
    CurrentUser currentUser;

    private final Map<String, Boolean> cahra = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();
    private Map<String, CountryFlag> stored;
    private List<Country> filtered;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        stored = flags.flagsByCode();
        for (Country c : Countries.all()) {
            CountryFlag f = stored.get(c.code());
            cahra.put(c.code(), f != null && f.isCahra());
            notes.put(c.code(), f == null ? null : f.getNote());
        }
    }

    @Allowed(Role.COMPLIANCE)
    public void save(Country country) {
        boolean value = Boolean.TRUE.equals(cahra.get(country.code()));
        if (PageMessages.attempt(() -> {
            flags.setCahra(country.code(), value, notes.get(country.code()));
            return Boolean.TRUE;
        }) != null) {
            PageMessages.info(country.name() + ": CAHRA " + (value ? "set" : "cleared") + ".");
            load();
        }
    }

    public CountryFlag flag(String code) {
        return stored.get(code);
    }

    public boolean isCanChange() {
        return currentUser.canChange();
    }

    public List<Country> getCountries() {
        return Countries.all();
    }

    public List<Country> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Country> filtered) {
        this.filtered = filtered;
    }

    public Map<String, Boolean> getCahra() {
        return cahra;
    }

    public Map<String, String> getNotes() {
        return notes;
    }
}
