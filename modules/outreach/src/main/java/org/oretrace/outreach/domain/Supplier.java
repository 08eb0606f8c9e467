package org.oretrace.outreach.domain;

import org.oretrace.kernel.EmailAddress;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.InputLimits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A direct supplier surveyed for its conflict-minerals sourcing (the seed filing's "database"). */
@Entity
@Table(name = "supplier")
public class Supplier implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_seq")
    @SequenceGenerator(name = "supplier_seq", sequenceName = "supplier_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "supplier_number", nullable = false, length = 64, updatable = false)
    private String supplierNumber;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @ManyToOne
    @JoinColumn(name = "category_id")
    private SupplierCategory category;

    @Column(name = "country", length = 100)
    private String country;

    @Column(name = "owner_name", length = 200)
    private String ownerName;

    @Column(name = "owner_email", length = 320)
    private String ownerEmail;

    @Column(name = "notes")
    private String notes;

    @Column(name = "mail_senders", length = TrustedSenders.MAX_LENGTH)
    private String mailSenders;

    @Column(name = "contract_clause", nullable = false)
    private boolean contractClause;

    @Column(name = "contract_clause_date")
    private LocalDate contractClauseDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SupplierStatus status = SupplierStatus.ACTIVE;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "supplier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Contact> contacts = new ArrayList<>();

    protected Supplier() {
    }

    public Supplier(String supplierNumber, String name, Instant now) {
        String number = Text.clean(supplierNumber);
        if (number == null) {
            throw new BusinessRuleException("A supplier needs a supplier number");
        }
        this.supplierNumber = number;
        this.createdAt = now;
        this.updatedAt = now;
        rename(name);
    }

    public void rename(String newName) {
        String clean = Text.clean(InputLimits.text("Supplier name", newName, InputLimits.NAME));
        if (clean == null) {
            throw new BusinessRuleException("Supplier " + supplierNumber + " needs a name");
        }
        this.name = clean;
    }

    public void classify(SupplierCategory newCategory) {
        this.category = newCategory;
    }

    public void locate(String newCountry) {
        this.country = Text.clean(InputLimits.text("Country", newCountry, 100));
    }

    public void assignOwner(String name, String email) {
        String cleanEmail = Text.clean(InputLimits.text("Owner email", email, 320));
        InputLimits.text("Owner name", name, 200);
        if (cleanEmail != null && !EmailAddress.isValid(cleanEmail)) {
            throw new BusinessRuleException("Owner email is not an email address: " + cleanEmail
                    + " (write it as name@company.com, or leave it empty)");
        }
        this.ownerName = Text.clean(name);
        this.ownerEmail = cleanEmail;
    }

    /** Addresses and domains whose mail intake links to this supplier (see {@link TrustedSenders}). */
    public void trustMailSenders(String text) {
        this.mailSenders = TrustedSenders.normalise(text);
    }

    public boolean trustsMailFrom(String address) {
        return TrustedSenders.allows(mailSenders, address);
    }

    public void annotate(String newNotes) {
        this.notes = Text.clean(InputLimits.text("Notes", newNotes, InputLimits.LONG_TEXT));
    }

    /** Records whether the purchase contract carries the conflict-minerals clause, and since when. */
    public void contractClause(boolean present, LocalDate since) {
        this.contractClause = present;
        this.contractClauseDate = present ? since : null;
    }

    public void markUnreachable(String reason) {
        changeStatus(SupplierStatus.UNREACHABLE, reason);
    }

    public void markOutOfScope(String reason) {
        changeStatus(SupplierStatus.OUT_OF_SCOPE, reason);
    }

    public void reactivate() {
        this.status = SupplierStatus.ACTIVE;
        this.statusReason = null;
    }

    public void changeStatus(SupplierStatus newStatus, String reason) {
        Objects.requireNonNull(newStatus);
        InputLimits.text("Reason", reason, InputLimits.REASON);
        String clean = Text.clean(reason);
        if (newStatus != SupplierStatus.ACTIVE && clean == null) {
            throw new BusinessRuleException("Say why supplier " + supplierNumber + " is " + newStatus.label().toLowerCase()
                    + ": write the reason (the auditor reads it)");
        }
        this.status = newStatus;
        this.statusReason = newStatus == SupplierStatus.ACTIVE ? null : clean;
    }

    public void touched(Instant now) {
        this.updatedAt = now;
    }

    public Contact addContact(String name, String email, String phone, String language) {
        Contact contact = new Contact(this, name, email, phone, language,
                contacts.stream().mapToInt(Contact::getPosition).max().orElse(0) + 1);
        contacts.add(contact);
        if (primaryContact().isEmpty()) {
            contact.setPrimary(true);
        }
        return contact;
    }

    public void removeContact(Contact contact) {
        boolean wasPrimary = contact.isPrimary();
        contacts.remove(contact);
        if (wasPrimary && !contacts.isEmpty()) {
            contacts.get(0).setPrimary(true);
        }
    }

    /** Exactly one contact is primary: the survey goes to them, the others may get a copy. */
    public void makePrimary(Contact contact) {
        if (!contacts.contains(contact)) {
            throw new BusinessRuleException("Not a contact of " + supplierNumber);
        }
        contacts.forEach(c -> c.setPrimary(c == contact));
    }

    public Optional<Contact> contactByEmail(String email) {
        return email == null ? Optional.empty()
                : contacts.stream().filter(c -> email.strip().equalsIgnoreCase(c.getEmail())).findFirst();
    }

    public Optional<Contact> primaryContact() {
        return contacts.stream().filter(Contact::isPrimary).findFirst();
    }

    /** Who receives the survey: the primary contact if mail reaches them, else the first contact that works. */
    public Optional<Contact> addressee() {
        return primaryContact().filter(Contact::isMailable)
                .or(() -> contacts.stream().filter(Contact::isMailable).findFirst());
    }

    /**
     * Surveyed this year: active, in scope and in one of the chosen categories (none chosen = all; a
     * supplier without a category is then not in them, and the campaign's set refuses to look up null).
     */
    public boolean isSurveyable(java.util.Collection<SupplierCategory> categories) {
        return status != SupplierStatus.OUT_OF_SCOPE
                && (categories.isEmpty() || category != null && categories.contains(category));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getSupplierNumber() {
        return supplierNumber;
    }

    public String getName() {
        return name;
    }

    public SupplierCategory getCategory() {
        return category;
    }

    public String getCategoryName() {
        return category == null ? null : category.getName();
    }

    /**
     * In scope (may contain 3TG) unless its status is {@link SupplierStatus#OUT_OF_SCOPE}: one concept, the status with its
     * reason, not a separate flag. A year's population is the campaign's (who was asked), whatever the status says today.
     */
    public boolean isInScope() {
        return status != SupplierStatus.OUT_OF_SCOPE;
    }


    public String getCountry() {
        return country;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getOwnerEmail() {
        return ownerEmail;
    }

    public String getMailSenders() {
        return mailSenders;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isContractClause() {
        return contractClause;
    }

    public LocalDate getContractClauseDate() {
        return contractClauseDate;
    }

    public SupplierStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<Contact> getContacts() {
        return Collections.unmodifiableList(contacts);
    }
}
