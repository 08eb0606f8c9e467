package org.oretrace.intake.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.web.MenuSection;

import java.util.List;

@ApplicationScoped
public class IntakeMenu implements MenuSection {

    @Override
    public String title() {
        return "Intake";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Entry> entries() {
        return List.of(
                new Entry("Upload CMRTs", "/intake/upload.xhtml", "pi pi-upload", Role.COMPLIANCE),
                new Entry("Declarations", "/intake/declarations.xhtml", "pi pi-file-excel", Role.VIEWER),
                new Entry("Risk reviews", "/intake/risk-reviews.xhtml", "pi pi-flag", Role.VIEWER),
                new Entry("Refused mail", "/intake/mail-refusals.xhtml", "pi pi-ban", Role.COMPLIANCE));
    }
}
