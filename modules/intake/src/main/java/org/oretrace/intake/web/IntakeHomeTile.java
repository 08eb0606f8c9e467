package org.oretrace.intake.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.intake.application.Declarations;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.kernel.web.HomeTile;

import java.util.List;
import java.util.Map;

@ApplicationScoped
public class IntakeHomeTile implements HomeTile {

    @Inject
    Declarations declarations;

    @Override
    public String title() {
        return "Declarations";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Figure> figures() {
        Map<DeclarationStatus, Long> counts = declarations.countByStatus();
        String list = "/intake/declarations.xhtml";
        return List.of(
                new Figure("Accepted", String.valueOf(counts.getOrDefault(DeclarationStatus.ACCEPTED, 0L)),
                        list + "?status=ACCEPTED"),
                new Figure("Need follow-up", String.valueOf(counts.getOrDefault(DeclarationStatus.NEEDS_FOLLOW_UP, 0L)),
                        list + "?status=NEEDS_FOLLOW_UP"),
                new Figure("In risk review", String.valueOf(counts.getOrDefault(DeclarationStatus.RISK_REVIEW, 0L)),
                        list + "?status=RISK_REVIEW"),
                new Figure("Rejected", String.valueOf(counts.getOrDefault(DeclarationStatus.REJECTED, 0L)),
                        list + "?status=REJECTED"),
                new Figure("Waiting to be read", String.valueOf(counts.getOrDefault(DeclarationStatus.QUEUED, 0L)),
                        list + "?status=QUEUED"),
                new Figure("Open errors", String.valueOf(declarations.openErrorFindings()),
                        list + "?status=NEEDS_FOLLOW_UP"));
    }
}
