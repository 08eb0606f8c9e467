package org.oretrace.registry.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.web.MenuSection;

import java.util.List;

@ApplicationScoped
public class RegistryMenu implements MenuSection {

    @Override
    public String title() {
        return "Registry";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Entry> entries() {
        return List.of(
                new Entry("Smelters", "/registry/smelters.xhtml", "pi pi-building", Role.VIEWER),
                new Entry("Match reviews", "/registry/reviews.xhtml", "pi pi-check-square", Role.VIEWER),
                new Entry("Sanctions hits", "/registry/sanctions.xhtml", "pi pi-shield", Role.VIEWER),
                new Entry("Countries", "/registry/countries.xhtml", "pi pi-globe", Role.VIEWER),
                new Entry("Registry imports", "/registry/admin/imports.xhtml", "pi pi-upload", Role.ADMIN));
    }
}
