package org.oretrace.outreach.domain;

import org.oretrace.kernel.EmailAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.oretrace.kernel.BusinessRuleException;

import java.util.Locale;

/** A person at a supplier who receives the survey. */
@Entity
@Table(name = "supplier_contact")
public class Contact implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_contact_seq")
    @SequenceGenerator(name = "supplier_contact_seq", sequenceName = "supplier_contact_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private Supplier supplier;

    @Column(name = "name", length = 200)
    private String name;

    @Column(name = "email", length = 320)
    private String email;

    @Column(name = "phone", length = 60)
    private String phone;

    @Column(name = "language", nullable = false, length = 10)
    private String language = "en";

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    @Column(name = "bouncing", nullable = false)
    private boolean bouncing;

    @Column(name = "bounce_reason", length = 1000)
    private String bounceReason;

    @Column(name = "position", nullable = false)
    private int position;

    protected Contact() {
    }

    Contact(Supplier supplier, String name, String email, String phone, String language, int position) {
        this.supplier = supplier;
        this.position = position;
        update(name, email, phone, language);
    }

    public void update(String name, String email, String phone, String language) {
        org.oretrace.kernel.InputLimits.text("Contact name", name, 200);
        org.oretrace.kernel.InputLimits.text("Contact phone", phone, 60);
        String cleanEmail = Text.clean(org.oretrace.kernel.InputLimits.text("Contact email", email, 320));
        if (cleanEmail != null && !EmailAddress.isValid(cleanEmail)) {
            throw new BusinessRuleException("Not an email address: " + cleanEmail
                    + " (write it as name@company.com)");
        }
        if (cleanEmail != null && !cleanEmail.equalsIgnoreCase(this.email)) {
            bouncing = false;
            bounceReason = null;
        }
        this.name = Text.clean(name);
        this.email = cleanEmail;
        this.phone = Text.clean(phone);
        this.language = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
    }

    /** The mail server refused the address for good (5xx): stop writing to it until someone fixes it. */
    public void markBouncing(String reason) {
        this.bouncing = true;
        this.bounceReason = reason == null ? null : Text.truncate(reason, 1000);
    }

    public void clearBouncing() {
        this.bouncing = false;
        this.bounceReason = null;
    }

    /** Reachable by mail: has an address that has not bounced. */
    public boolean isMailable() {
        return email != null && !bouncing;
    }

    void setPrimary(boolean primary) {
        this.primary = primary;
    }

    public Long getId() {
        return id;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isPrimary() {
        return primary;
    }

    public boolean isBouncing() {
        return bouncing;
    }

    public String getBounceReason() {
        return bounceReason;
    }

    public int getPosition() {
        return position;
    }
}
