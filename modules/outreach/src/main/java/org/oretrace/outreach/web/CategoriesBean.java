package org.oretrace.outreach.web;

import org.oretrace.kernel.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.outreach.application.Suppliers;
import org.oretrace.outreach.domain.SupplierCategory;
import org.primefaces.event.CellEditEvent;

import java.io.Serializable;
import java.util.List;

/** The editable list of supplier categories (administrators). */
@Named
@ViewScoped
public class CategoriesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Suppliers suppliers;

    private String newName;
    private List<SupplierCategory> categories;

    @PostConstruct
    void init() {
        categories = suppliers.categories();
    }

    public List<SupplierCategory> getCategories() {
        return categories;
    }

    @Allowed(Role.ADMIN)
    public void add() {
        if (PageMessages.attempt(() -> suppliers.addCategory(newName)) != null) {
            PageMessages.info("Category " + newName.strip() + " added");
            newName = null;
            categories = suppliers.categories();
        }
    }

    @Allowed(Role.ADMIN)
    public void rename(CellEditEvent<String> event) {
        SupplierCategory category = categories.get(event.getRowIndex());
        String name = event.getNewValue();
        if (PageMessages.attempt(() -> suppliers.renameCategory(category.getId(), name))) {
            PageMessages.info("Renamed to " + name.strip());
        }
        categories = suppliers.categories();
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
