package org.oretrace.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** Company information from Declaration!D8–D22, as the supplier typed it. */
@Embeddable
public class Company implements java.io.Serializable {

    @Column(name = "company_name", length = 500)
    private String name;
    @Column(name = "company_unique_id", length = 200)
    private String uniqueId;
    @Column(name = "company_unique_id_authority", length = 200)
    private String uniqueIdAuthority;
    @Column(name = "company_address", length = 1000)
    private String address;
    @Column(name = "contact_name", length = 300)
    private String contactName;
    @Column(name = "contact_email", length = 300)
    private String contactEmail;
    @Column(name = "contact_phone", length = 100)
    private String contactPhone;
    @Column(name = "authorizer", length = 300)
    private String authorizer;
    @Column(name = "authorizer_title", length = 300)
    private String authorizerTitle;
    @Column(name = "authorizer_email", length = 300)
    private String authorizerEmail;
    @Column(name = "authorizer_phone", length = 100)
    private String authorizerPhone;
    @Column(name = "effective_date")
    private LocalDate effectiveDate;
    /** What was in D22 when it was no date we could read; shown in the finding. */
    @Column(name = "effective_date_text", length = 100)
    private String effectiveDateText;

    protected Company() {
    }

    @SuppressWarnings("java:S107") // one parameter per cell of the template's company block
    public Company(String name, String uniqueId, String uniqueIdAuthority, String address, String contactName,
                   String contactEmail, String contactPhone, String authorizer, String authorizerTitle,
                   String authorizerEmail, String authorizerPhone, LocalDate effectiveDate, String effectiveDateText) {
        this.name = Text.clip(name, 500);
        this.uniqueId = Text.clip(uniqueId, 200);
        this.uniqueIdAuthority = Text.clip(uniqueIdAuthority, 200);
        this.address = Text.clip(address, 1000);
        this.contactName = Text.clip(contactName, 300);
        this.contactEmail = Text.clip(contactEmail, 300);
        this.contactPhone = Text.clip(contactPhone, 100);
        this.authorizer = Text.clip(authorizer, 300);
        this.authorizerTitle = Text.clip(authorizerTitle, 300);
        this.authorizerEmail = Text.clip(authorizerEmail, 300);
        this.authorizerPhone = Text.clip(authorizerPhone, 100);
        this.effectiveDate = effectiveDate;
        this.effectiveDateText = Text.clip(effectiveDateText, 100);
    }

    public static Company empty() {
        return new Company();
    }

    public String getName() {
        return name;
    }

    public String getUniqueId() {
        return uniqueId;
    }

    public String getUniqueIdAuthority() {
        return uniqueIdAuthority;
    }

    public String getAddress() {
        return address;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getAuthorizer() {
        return authorizer;
    }

    public String getAuthorizerTitle() {
        return authorizerTitle;
    }

    public String getAuthorizerEmail() {
        return authorizerEmail;
    }

    public String getAuthorizerPhone() {
        return authorizerPhone;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getEffectiveDateText() {
        return effectiveDateText;
    }
}
