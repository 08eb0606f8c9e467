package org.oretrace.outreach.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.web.MenuSection;

import java.util.List;

@ApplicationScoped
public class OutreachMenu implements MenuSection {

    @Override
    public String title() {
        return "Outreach";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Entry> entries() {
        return List.of(
                new Entry("Suppliers", "/outreach/suppliers.xhtml", "pi pi-building", Role.VIEWER),
                new Entry("Campaigns", "/outreach/campaigns.xhtml", "pi pi-send", Role.VIEWER),
                new Entry("Outbox", "/outreach/outbox.xhtml", "pi pi-inbox", Role.VIEWER),
                new Entry("Email templates", "/outreach/templates.xhtml", "pi pi-envelope", Role.COMPLIANCE),
                new Entry("Import suppliers", "/outreach/import.xhtml", "pi pi-upload", Role.COMPLIANCE),
                new Entry("Supplier categories", "/outreach/admin/categories.xhtml", "pi pi-tags", Role.ADMIN));
    }
}
