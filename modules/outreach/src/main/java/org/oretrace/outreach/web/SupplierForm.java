package org.oretrace.outreach.web;

import org.oretrace.outreach.application.SupplierData;
import org.oretrace.outreach.domain.Supplier;

import java.io.Serializable;
import java.time.LocalDate;

/** The supplier page's master data form: filled from the supplier, saved as {@link SupplierData} (blank means none). */
public class SupplierForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String category;
    private String country;
    private String ownerName;
    private String ownerEmail;
    private String notes;
    private String mailSenders;
    private boolean contractClause;
    private LocalDate contractClauseDate;

    static SupplierForm of(Supplier supplier) {
        SupplierForm form = new SupplierForm();
        form.name = supplier.getName();
        form.category = supplier.getCategoryName();
        form.country = supplier.getCountry();
        form.ownerName = supplier.getOwnerName();
        form.ownerEmail = supplier.getOwnerEmail();
        form.notes = supplier.getNotes();
        form.mailSenders = supplier.getMailSenders();
        form.contractClause = supplier.isContractClause();
        form.contractClauseDate = supplier.getContractClauseDate();
        return form;
    }

    SupplierData toData(String supplierNumber) {
        return new SupplierData(supplierNumber, name, blank(category), null, null, blank(country), blank(ownerName),
                blank(ownerEmail), blank(notes), contractClause, contractClauseDate, null, blank(mailSenders));
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getOwnerEmail() {
        return ownerEmail;
    }

    public void setOwnerEmail(String ownerEmail) {
        this.ownerEmail = ownerEmail;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getMailSenders() {
        return mailSenders;
    }

    public void setMailSenders(String mailSenders) {
        this.mailSenders = mailSenders;
    }

    public boolean isContractClause() {
        return contractClause;
    }

    public void setContractClause(boolean contractClause) {
        this.contractClause = contractClause;
    }

    public LocalDate getContractClauseDate() {
        return contractClauseDate;
    }

    public void setContractClauseDate(LocalDate contractClauseDate) {
        this.contractClauseDate = contractClauseDate;
    }
}
