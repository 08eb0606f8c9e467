package org.oretrace.outreach.web;

import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.web.FieldErrors;
import org.oretrace.kernel.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.outreach.application.Campaigns;
import org.oretrace.outreach.application.SupplierData;
import org.oretrace.outreach.application.Suppliers;
import org.oretrace.outreach.domain.Campaign;
import org.oretrace.outreach.domain.RequestState;
import org.oretrace.outreach.domain.Supplier;
import org.oretrace.outreach.domain.SupplierCategory;
import org.oretrace.outreach.domain.SupplierStatus;

import java.io.Serializable;
import java.util.List;

@Named
@ViewScoped
public class SuppliersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Suppliers suppliers;

    @Inject
    Campaigns campaigns;

    private String text;
    private Long categoryId;
    private SupplierStatus status;
    private Integer campaignYear;
    private RequestState requestState;
    private List<Supplier> results;

    private String newNumber;
    private String newName;
    private String newCategory;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        results = suppliers.search(new Suppliers.Filter(text, categoryId, null, status, campaignYear, requestState));
    }

    /** Why the table is empty: the filter above, or no supplier at all (column filters: kernel Tables). */
    public String getEmptyMessage() {
        boolean filtered = (text != null && !text.isBlank()) || categoryId != null || status != null || campaignYear != null
                || requestState != null;
        return filtered ? "No supplier matches the filter above: widen it, or Clear it to see every supplier."
                : "No supplier yet: import your supplier list (Suppliers \u2192 Import) or create one below.";
    }

    public void clear() {
        text = null;
        categoryId = null;
        status = null;
        campaignYear = null;
        requestState = null;
        search();
    }

    @Allowed(Role.COMPLIANCE)
    public String create() {
        Suppliers.Saved saved = FieldErrors.at("newSupplier:number").when("name", "newSupplier:name").attempt(() -> {
            if (suppliers.findBySupplierNumber(newNumber).isPresent()) {
                throw new BusinessRuleException("Supplier number " + newNumber.strip()
                        + " exists already: open it from the list above, or give another number");
            }
            return suppliers.save(new SupplierData(newNumber, newName, newCategory, null, null, null, null, null, null,
                    null, null, null, null));
        });
        return saved == null ? null : "/outreach/supplier.xhtml?faces-redirect=true&id=" + saved.supplier().getId();
    }

    public List<SupplierCategory> getCategories() {
        return suppliers.categories();
    }

    public List<Integer> getCampaignYears() {
        return campaigns.list().stream().map(Campaign::getReportingYear).toList();
    }

    public RequestState[] getRequestStates() {
        return RequestState.values();
    }

    public SupplierStatus[] getStatuses() {
        return SupplierStatus.values();
    }

    public List<Supplier> getResults() {
        return results;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public SupplierStatus getStatus() {
        return status;
    }

    public void setStatus(SupplierStatus status) {
        this.status = status;
    }

    public Integer getCampaignYear() {
        return campaignYear;
    }

    public void setCampaignYear(Integer campaignYear) {
        this.campaignYear = campaignYear;
    }

    public RequestState getRequestState() {
        return requestState;
    }

    public void setRequestState(RequestState requestState) {
        this.requestState = requestState;
    }

    public String getNewNumber() {
        return newNumber;
    }

    public void setNewNumber(String newNumber) {
        this.newNumber = newNumber;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewCategory() {
        return newCategory;
    }

    public void setNewCategory(String newCategory) {
        this.newCategory = newCategory;
    }
}
