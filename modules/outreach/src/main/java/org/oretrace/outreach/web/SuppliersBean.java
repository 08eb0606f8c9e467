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
import org.oretrace.outreach.application.SupplierTable;
import org.oretrace.outreach.domain.SupplierCategory;
import org.oretrace.outreach.domain.SupplierStatus;

import org.oretrace.kernel.web.tables.LazyPages;
import org.oretrace.kernel.web.tables.PagedModel;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

@Named
@ViewScoped
public class SuppliersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Suppliers suppliers;

    @Inject
    Campaigns campaigns;

    @Inject
    SupplierTable table;

    private String text;
    private Long categoryId;
    private SupplierStatus status;
    private Integer campaignYear;
    private RequestState requestState;
    /**
     * One page of suppliers at a time, filtered, sorted and counted by outreach's {@link SupplierTable} (issue 18: the
     * whole list in every open view filled the heap on a year of 10,000 suppliers).
     */
    private final PagedModel<SupplierTable.Row> results = new PagedModel<>((columnFilters, sortField, ascending, first, size) -> {
        var page = table.page(filter(), columnFilters, sortField, ascending, first, size);
        return new PagedModel.Slice<>(page.rows(), page.total());
    }, SupplierTable.Row::id);

    private String newNumber;
    private String newName;
    private String newCategory;

    @PostConstruct
    void init() {
        // the table loads its first page when it renders
    }

    private Suppliers.Filter filter() {
        return new Suppliers.Filter(text, categoryId, null, status, campaignYear, requestState);
    }

    public void search() {
        LazyPages.reload(results, "list:table");
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

    public PagedModel<SupplierTable.Row> getResults() {
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
