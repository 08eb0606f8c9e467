package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.outreach.published.ReceivedDeclarations;

import java.util.List;

/** Tells outreach which declarations a supplier sent (its supplier page) and which template each answers. */
@ApplicationScoped
public class IntakeReceivedDeclarations implements ReceivedDeclarations {

    @Inject
    Declarations declarations;

    @Override
    public List<DeclarationLink> forSupplier(long supplierId) {
        return declarations.search(new Declarations.Filter(null, supplierId, null, null), 0, 200).stream()
                .map(IntakeReceivedDeclarations::link).toList();
    }

    /** Which template the declaration answers; outreach records that template's answer on the supplier's request. */
    @Override
    public RmiTemplate templateOf(long declarationId) {
        return declarations.find(declarationId).map(Declaration::getTemplate).orElse(RmiTemplate.CMRT);
    }

    private static DeclarationLink link(Declaration d) {
        return new DeclarationLink(d.getId(), d.getReportingYear(), d.getFileName(), d.getStatus().name(),
                "/intake/declaration.xhtml?id=" + d.getId(), d.getTemplate());
    }
}
