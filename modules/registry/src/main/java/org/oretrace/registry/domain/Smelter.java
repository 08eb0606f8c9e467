package org.oretrace.registry.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.country.Countries;
import org.oretrace.kernel.country.Country;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A smelter or refiner, identified by its RMI smelter ID ("CID002763"). Never deleted: declarations
 * of past years name smelters that RMI no longer lists, so those are only marked no longer listed.
 */
@Entity
@Table(name = "smelter")
public class Smelter implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "smelter_seq")
    @SequenceGenerator(name = "smelter_seq", sequenceName = "smelter_seq", allocationSize = 50)
    private Long id;

    @Column(name = "smelter_id", nullable = false, updatable = false, length = 20)
    private String smelterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "metal", nullable = false, length = 20)
    private Metal metal;

    @Column(name = "standard_name", nullable = false, length = 300)
    private String standardName;

    /** The country as RMI spells it; {@link #countryCode} is its resolution (null when RMI says "Unknown"). */
    @Column(name = "country_name", length = 100)
    private String countryName;

    @Column(name = "country_code", length = 2)
    private String countryCode;

    @Column(name = "street", length = 300)
    private String street;

    @Column(name = "city", length = 200)
    private String city;

    @Column(name = "state_province", length = 200)
    private String stateProvince;

    @Column(name = "source", length = 200)
    private String source;

    @Column(name = "listed", nullable = false)
    private boolean listed;

    @Column(name = "first_listed_in", length = 60)
    private String firstListedIn;

    @Column(name = "last_listed_in", length = 60)
    private String lastListedIn;

    /** The first reference list that no longer carried the smelter ("CMRT 6.22"); null while listed or not known. */
    @Column(name = "no_longer_listed_since", length = 60)
    private String noLongerListedSince;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "smelter", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<SmelterAlias> aliases = new ArrayList<>();

    @OneToMany(mappedBy = "smelter", cascade = CascadeType.ALL)
    @OrderBy("renamedAt")
    private List<SmelterRename> renames = new ArrayList<>();

    protected Smelter() {
    }

    public Smelter(String smelterId, Metal metal, String standardName, Instant now) {
        this.smelterId = Objects.requireNonNull(smelterId);
        this.metal = Objects.requireNonNull(metal);
        this.standardName = Objects.requireNonNull(standardName);
        this.listed = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Sets where the smelter is; returns true when anything changed. */
    public boolean relocate(String countryName, String street, String city, String stateProvince, String source, Instant now) {
        boolean changed = !Objects.equals(this.countryName, countryName) || !Objects.equals(this.street, street)
                || !Objects.equals(this.city, city) || !Objects.equals(this.stateProvince, stateProvince)
                || !Objects.equals(this.source, source);
        if (changed) {
            this.countryName = countryName;
            this.countryCode = Countries.resolve(countryName).map(Country::code).orElse(null);
            this.street = street;
            this.city = city;
            this.stateProvince = stateProvince;
            this.source = source;
            this.updatedAt = now;
        }
        return changed;
    }

    /** Records RMI's new standard name; the old one stays as an alias so old declarations still match. */
    public Optional<SmelterRename> rename(String newName, String templateVersion, Instant now) {
        if (standardName.equals(newName)) {
            return Optional.empty();
        }
        SmelterRename rename = new SmelterRename(this, standardName, newName, templateVersion, now);
        renames.add(rename);
        addAlias(standardName, AliasOrigin.REFERENCE, "RMI " + templateVersion, now);
        standardName = newName;
        updatedAt = now;
        return Optional.of(rename);
    }

    /**
     * Records RMI's new metal for the smelter ID (no ID of CMRT 6.01 to 6.5 changed metal, but a list may do so):
     * the change is kept beside the renames.
     */
    public Optional<SmelterRename> changeMetal(Metal newMetal, String templateVersion, Instant now) {
        if (metal == newMetal) {
            return Optional.empty();
        }
        SmelterRename change = new SmelterRename(this, standardName, standardName, metal, newMetal, templateVersion, now);
        renames.add(change);
        metal = newMetal;
        updatedAt = now;
        return Optional.of(change);
    }

    /**
     * Records a change of name and/or metal that happened between two older lists, learned after newer lists were
     * imported (an installation upgraded to the whole history): the current name and metal stay, the old name
     * becomes an alias. Returns false when the change was recorded already.
     */
    public boolean recordPastChange(String oldName, String newName, Metal oldMetal, Metal newMetal, String templateVersion,
                                    Instant now) {
        boolean renamed = !oldName.equals(newName);
        boolean moved = oldMetal != newMetal;
        if (!renamed && !moved) {
            return false;
        }
        Metal from = moved ? oldMetal : null;
        Metal to = moved ? newMetal : null;
        for (SmelterRename r : renames) {
            if (r.sameChange(oldName, newName, from, to, templateVersion)) {
                return false;
            }
        }
        renames.add(new SmelterRename(this, oldName, newName, from, to, templateVersion, now));
        if (renamed) {
            addPastAlias(oldName, "RMI " + templateVersion, now);
        }
        updatedAt = now;
        return true;
    }

    /** An older list carried the smelter: its first listing moves back to that list. */
    public void listedEarlierIn(String templateVersion, java.util.Comparator<String> versionOrder) {
        if (firstListedIn == null || versionOrder.compare(templateVersion, firstListedIn) < 0) {
            firstListedIn = templateVersion;
        }
    }

    /**
     * A look-up name of an older list, learned after newer lists were imported: added unless the smelter has it, as
     * a name the current list does not carry (the current names are all aliases already). Returns true when added.
     */
    public boolean addPastAlias(String name, String addedBy, Instant now) {
        if (aliases.stream().anyMatch(a -> a.getName().equals(name))) {
            return false;
        }
        SmelterAlias alias = new SmelterAlias(this, name, AliasOrigin.REFERENCE, addedBy, now);
        alias.markListed(false);
        aliases.add(alias);
        updatedAt = now;
        return true;
    }

    /** Adds an alias unless the smelter already has one spelled exactly so; returns the new alias. */
    public Optional<SmelterAlias> addAlias(String name, AliasOrigin origin, String addedBy, Instant now) {
        for (SmelterAlias alias : aliases) {
            if (alias.getName().equals(name)) {
                if (origin == AliasOrigin.REFERENCE) {
                    alias.markListed(true);
                }
                return Optional.empty();
            }
        }
        SmelterAlias alias = new SmelterAlias(this, name, origin, addedBy, now);
        aliases.add(alias);
        updatedAt = now;
        return Optional.of(alias);
    }

    /** Called when the smelter is in the imported reference list. Returns true if it was not listed before. */
    public boolean markListed(String templateVersion, Instant now) {
        boolean relisted = !listed;
        listed = true;
        noLongerListedSince = null;
        if (firstListedIn == null) {
            firstListedIn = templateVersion;
        }
        lastListedIn = templateVersion;
        if (relisted) {
            updatedAt = now;
        }
        return relisted;
    }

    /** Marks RMI's look-up names as (no longer) in the current list; they keep matching either way. */
    public void listLookupNames(java.util.Set<String> currentNames) {
        for (SmelterAlias alias : aliases) {
            if (alias.getOrigin() == AliasOrigin.REFERENCE) {
                alias.markListed(currentNames.contains(alias.getName()));
            }
        }
    }

    /** @param sinceVersion the first list that no longer carries the smelter ("CMRT 6.22"), null when not known */
    public void markNoLongerListed(String sinceVersion, Instant now) {
        listed = false;
        noLongerListedSince = sinceVersion;
        updatedAt = now;
    }

    /** Fills in since when the smelter is no longer listed, when that was not known (installations before the history). */
    public void knowNoLongerListedSince(String sinceVersion) {
        if (!listed && noLongerListedSince == null) {
            noLongerListedSince = sinceVersion;
        }
    }

    public Optional<Country> country() {
        return Countries.byCode(countryCode);
    }

    public boolean isInCoveredCountry() {
        return country().map(Country::isCoveredCountry).orElse(false);
    }

    public Long getId() {
        return id;
    }

    public String getSmelterId() {
        return smelterId;
    }

    public Metal getMetal() {
        return metal;
    }

    public String getStandardName() {
        return standardName;
    }

    public String getCountryName() {
        return countryName;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getStreet() {
        return street;
    }

    public String getCity() {
        return city;
    }

    public String getStateProvince() {
        return stateProvince;
    }

    public String getSource() {
        return source;
    }

    public boolean isListed() {
        return listed;
    }

    public String getFirstListedIn() {
        return firstListedIn;
    }

    public String getLastListedIn() {
        return lastListedIn;
    }

    public String getNoLongerListedSince() {
        return noLongerListedSince;
    }

    /** "no longer listed since CMRT 6.22", "listed", or "no longer listed" when the list that dropped it is not known. */
    public String listingStatus() {
        if (listed) {
            return "listed";
        }
        return noLongerListedSince == null ? "no longer listed" : "no longer listed since " + noLongerListedSince;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<SmelterAlias> getAliases() {
        return Collections.unmodifiableList(aliases);
    }

    /** Renames and changes of metal in the order of RMI's template versions (a history learned later sorts in). */
    public List<SmelterRename> getRenames() {
        return renames.stream().sorted(java.util.Comparator.comparing(SmelterRename::getTemplateVersion, TemplateVersions.ORDER)
                .thenComparing(SmelterRename::getRenamedAt)).toList();
    }
}
