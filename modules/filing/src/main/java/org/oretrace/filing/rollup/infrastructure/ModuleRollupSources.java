package org.oretrace.filing.rollup.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.filing.rollup.application.RollupSources;
import org.oretrace.intake.published.AcceptedAnswers;
import org.oretrace.outreach.published.BlankCmrts;

import java.util.List;
import java.util.Optional;

/** The roll-up's data through intake's and outreach's published interfaces (records, never their tables or entities). */
@ApplicationScoped
public class ModuleRollupSources implements RollupSources {

    @Inject
    AcceptedAnswers answers;

    @Inject
    BlankCmrts blanks;

    @Override
    public List<DeclarationAnswers> acceptedAnswers(int year) {
        return answers.ofYear(year).stream().map(d -> new DeclarationAnswers(d.declarationId(), d.supplierId(),
                d.companyName(), d.answers().stream().map(a -> new Answer(a.question(), a.metal(), a.answer())).toList()))
                .toList();
    }

    @Override
    public Optional<BlankTemplate> newestTemplate() {
        return blanks.newest().map(b -> new BlankTemplate(b.fileName(), b.version(), b.content(), b.uploadedAt(),
                b.campaignYear()));
    }
}
