package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.kernel.reports.DeclarationFindings;
import org.oretrace.kernel.time.ApplicationClock;

import java.util.Optional;

/** Gives outreach's follow-up the corrective-action draft of a declaration that needs follow-up. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IntakeDeclarationFindings implements DeclarationFindings {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Override
    public Optional<String> correctiveText(long declarationId, String signature) {
        Declaration d = em.find(Declaration.class, declarationId);
        if (d == null || d.getStatus() != DeclarationStatus.NEEDS_FOLLOW_UP) {
            return Optional.empty();
        }
        return Optional.of(CorrectiveAction.draft(d, signature, clock.zone()).body());
    }
}
