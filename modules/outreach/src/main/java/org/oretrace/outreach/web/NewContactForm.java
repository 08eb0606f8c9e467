package org.oretrace.outreach.web;

import org.oretrace.outreach.application.SupplierData;

import java.io.Serializable;

/** The supplier page's "new contact" form. */
public class NewContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String email;
    private String phone;
    private String language = "en";
    private boolean primary;

    SupplierData.ContactData toData() {
        return new SupplierData.ContactData(name, email, phone, language, primary);
    }

    /** After adding: empty for the next contact, same language. */
    void clear() {
        name = null;
        email = null;
        phone = null;
        primary = false;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isPrimary() {
        return primary;
    }

    public void setPrimary(boolean primary) {
        this.primary = primary;
    }
}
