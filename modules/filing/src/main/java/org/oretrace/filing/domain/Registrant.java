package org.oretrace.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/** Who files: the cover page of Form SD and the signature block. */
@Embeddable
public class Registrant implements Serializable {

    @Column(name = "registrant_name", length = 300)
    private String name;

    @Column(name = "state_of_incorporation", length = 100)
    private String stateOfIncorporation;

    @Column(name = "commission_file_number", length = 30)
    private String commissionFileNumber;

    @Column(name = "address", length = 500)
    private String address;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_phone", length = 50)
    private String contactPhone;

    @Column(name = "signer_name", length = 200)
    private String signerName;

    @Column(name = "signer_title", length = 200)
    private String signerTitle;

    @Column(name = "website", length = 300)
    private String website;

    public Registrant() {
    }

    public Registrant copy() {
        Registrant r = new Registrant();
        r.name = name;
        r.stateOfIncorporation = stateOfIncorporation;
        r.commissionFileNumber = commissionFileNumber;
        r.address = address;
        r.contactName = contactName;
        r.contactPhone = contactPhone;
        r.signerName = signerName;
        r.signerTitle = signerTitle;
        r.website = website;
        return r;
    }

    /** As the SEC writes a Commission file number on Form SD's cover: 3 digits, a hyphen, 4 to 6 digits. */
    private static final java.util.regex.Pattern FILE_NUMBER = java.util.regex.Pattern.compile("[0-9]{3}-[0-9]{4,6}");

    /** Refuses a Commission file number that is not one (empty is allowed while the cover page is being filled). */
    public void check() {
        if (!isBlank(commissionFileNumber) && !FILE_NUMBER.matcher(commissionFileNumber.strip()).matches()) {
            throw new org.oretrace.kernel.BusinessRuleException("A Commission file number looks like 001-35456 (3 digits, a "
                    + "hyphen, 4 to 6 digits), not " + commissionFileNumber.strip() + ": copy it from the cover of your last "
                    + "Form 10-K, or leave it empty");
        }
    }

    /** The cover-page fields still empty, by label; a filing cannot be finalized while any is missing. */
    public java.util.List<String> missingFields() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (isBlank(name)) missing.add("exact name of registrant");
        if (isBlank(stateOfIncorporation)) missing.add("state of incorporation");
        if (isBlank(commissionFileNumber)) missing.add("Commission file number");
        if (isBlank(address)) missing.add("address of principal executive offices");
        if (isBlank(contactName)) missing.add("contact person");
        if (isBlank(contactPhone)) missing.add("contact phone");
        if (isBlank(signerName)) missing.add("signer");
        if (isBlank(signerTitle)) missing.add("signer's title");
        return missing;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = trim(name); }
    public String getStateOfIncorporation() { return stateOfIncorporation; }
    public void setStateOfIncorporation(String v) { this.stateOfIncorporation = trim(v); }
    public String getCommissionFileNumber() { return commissionFileNumber; }
    public void setCommissionFileNumber(String v) { this.commissionFileNumber = trim(v); }
    public String getAddress() { return address; }
    public void setAddress(String v) { this.address = trim(v); }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { this.contactName = trim(v); }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { this.contactPhone = trim(v); }
    public String getSignerName() { return signerName; }
    public void setSignerName(String v) { this.signerName = trim(v); }
    public String getSignerTitle() { return signerTitle; }
    public void setSignerTitle(String v) { this.signerTitle = trim(v); }
    public String getWebsite() { return website; }
    public void setWebsite(String v) { this.website = trim(v); }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
