package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.outreach.published.ReceivedDeclarations;

import java.util.List;

/** Tells the supplier page of outreach which declarations a supplier sent. */
@ApplicationScoped
public class IntakeReceivedDeclarations implements ReceivedDeclarations {

    @Inject
    Declarations declarations;

    @Override
    public List<DeclarationLink> forSupplier(long supplierId) {
        return declarations.search(new Declarations.Filter(null, supplierId, null, null), 0, 200).stream()
                .map(IntakeReceivedDeclarations::link).toList();
    }

    private static DeclarationLink link(Declaration d) {
        return new DeclarationLink(d.getId(), d.getReportingYear(), d.getFileName(), d.getStatus().name(),
                "/intake/declaration.xhtml?id=" + d.getId());
    }
}
