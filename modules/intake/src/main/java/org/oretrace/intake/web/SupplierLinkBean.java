package org.oretrace.intake.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.intake.application.DeclarationIntake;
import org.oretrace.intake.application.Declarations;
import org.oretrace.intake.application.SupplierLinks;
import org.oretrace.intake.application.SupplierSuggestions;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.web.PageMessages;
import org.oretrace.outreach.published.SupplierCard;

import java.io.Serializable;
import java.util.List;

/**
 * The declaration page's supplier panel: which supplier the declaration belongs to, or, for one that
 * came without a supplier, the suppliers the file points to with a button each, and a picker for
 * any other supplier.
 */
@Named
@ViewScoped
public class SupplierLinkBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Separates supplier number and name in the picker's choices; the number is read back from it. */
    static final String SEPARATOR = " — ";

    @Inject
    transient Declarations declarations;

    @Inject
    transient SupplierLinks links;

    @Inject
    transient DeclarationIntake intake;

    @Inject
    transient CurrentUser currentUser;

    private Long id;
    private Long supplierId;
    private String supplierName;
    private String supplierNumber;
    private Integer reportingYear;
    private List<SupplierSuggestions.Suggestion> suggestions = List.of();
    private String chosen;
    private Integer chosenYear;

    @PostConstruct
    void init() {
        // the declaration page itself reports a missing or bad id
        String param = PageMessages.parameter("id");
        try {
            id = param == null ? null : Long.valueOf(param.strip());
        } catch (NumberFormatException e) {
            id = null;
        }
        load();
    }

    private void load() {
        Declaration d = id == null ? null : declarations.find(id).orElse(null);
        if (d == null) {
            return;
        }
        supplierId = d.getSupplierId();
        reportingYear = d.getReportingYear();
        SupplierCard supplier = links.supplier(supplierId).orElse(null);
        supplierName = supplier == null ? null : supplier.getName();
        supplierNumber = supplier == null ? null : supplier.getSupplierNumber();
        suggestions = supplierId == null && d.getStatus() != DeclarationStatus.QUEUED ? links.suggest(d) : List.of();
    }

    /** Links to a suggested supplier; the page is then shown afresh (status, findings and draft all change). */
    @Allowed(Role.COMPLIANCE)
    public String link(long supplier) {
        return linkTo(supplier, null);
    }

    /** Links to the supplier chosen in the picker ("number — name"). */
    @Allowed(Role.COMPLIANCE)
    public String linkChosen() {
        String number = chosen == null ? "" : chosen.split(SEPARATOR, 2)[0].strip();
        List<SupplierCard> found = number.isEmpty() ? List.of()
                : links.search(number, 50).stream().filter(s -> s.getSupplierNumber().equals(number)).toList();
        if (found.isEmpty()) {
            PageMessages.error("Choose a supplier from the list (type part of its name or number).");
            return null;
        }
        return linkTo(found.get(0).getId(), chosenYear);
    }

    private String linkTo(long supplier, Integer year) {
        DeclarationStatus[] status = new DeclarationStatus[1];
        Runnable link = () -> status[0] = intake.linkToSupplier(id, supplier, year);
        if (!PageMessages.attempt(link)) {
            return null;
        }
        load();
        PageMessages.info("Linked to " + supplierName + (reportingYear == null ? " (no campaign)" : " for " + reportingYear)
                + (status[0] == null ? "; another user is reading it right now." : " and read again: " + status[0] + "."));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/intake/declaration?faces-redirect=true&id=" + id;
    }

    /** Picker choices: suppliers whose name or number contains the text. */
    public List<String> complete(String text) {
        return links.search(text, 20).stream().map(s -> s.getSupplierNumber() + SEPARATOR + s.getName()).toList();
    }

    public String reasons(SupplierSuggestions.Suggestion suggestion) {
        return String.join("; ", suggestion.reasons());
    }

    public boolean isCanChange() {
        return currentUser.canChange();
    }

    public boolean isLinked() {
        return supplierId != null;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public String getSupplierName() {
        return supplierName;
    }

    public String getSupplierNumber() {
        return supplierNumber;
    }

    public Integer getReportingYear() {
        return reportingYear;
    }

    public List<SupplierSuggestions.Suggestion> getSuggestions() {
        return suggestions;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public Integer getChosenYear() {
        return chosenYear;
    }

    public void setChosenYear(Integer chosenYear) {
        this.chosenYear = chosenYear;
    }
}
