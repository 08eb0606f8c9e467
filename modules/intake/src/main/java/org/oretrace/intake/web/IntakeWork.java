package org.oretrace.intake.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.intake.application.Declarations;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.kernel.web.DailyWork;

import java.util.List;
import java.util.Map;

/** The declarations waiting for a person: to follow up with the supplier, to assess in risk review. */
@ApplicationScoped
public class IntakeWork implements DailyWork {

    @Inject
    Declarations declarations;

    @Override
    public List<Item> today() {
        Map<DeclarationStatus, Long> counts = declarations.countByStatus();
        String list = "/intake/declarations.xhtml?status=";
        long followUp = counts.getOrDefault(DeclarationStatus.NEEDS_FOLLOW_UP, 0L);
        long risk = counts.getOrDefault(DeclarationStatus.RISK_REVIEW, 0L);
        long rejected = counts.getOrDefault(DeclarationStatus.REJECTED, 0L);
        return List.of(
                new Item(followUp, followUp == 1 ? "declaration needs follow-up" : "declarations need follow-up",
                        list + DeclarationStatus.NEEDS_FOLLOW_UP, 20),
                new Item(risk, risk == 1 ? "declaration waits in risk review" : "declarations wait in risk review",
                        "/intake/risk-reviews.xhtml", 21),
                new Item(rejected, rejected == 1 ? "file could not be read: ask for a new one" : "files could not be read: ask for new ones",
                        list + DeclarationStatus.REJECTED, 22));
    }
}
