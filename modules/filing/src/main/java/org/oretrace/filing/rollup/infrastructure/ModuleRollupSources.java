package org.oretrace.filing.rollup.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.filing.rollup.application.RollupSources;
import org.oretrace.intake.published.AcceptedAnswers;
import org.oretrace.kernel.cmrt.RmiTemplate;
import org.oretrace.outreach.published.BlankCmrts;
import org.oretrace.outreach.published.CampaignFigures;

import java.util.List;
import java.util.Optional;

/** The roll-up's data through intake's and outreach's published interfaces (records, never their tables or entities). */
@ApplicationScoped
public class ModuleRollupSources implements RollupSources {

    @Inject
    AcceptedAnswers answers;

    @Inject
    BlankCmrts blanks;

    @Inject
    CampaignFigures campaigns;

    @Override
    public List<DeclarationAnswers> acceptedAnswers(int year, RmiTemplate kind) {
        return answers.ofYear(year, kind).stream().map(d -> new DeclarationAnswers(d.declarationId(), d.supplierId(),
                d.companyName(), d.answers().stream().map(a -> new Answer(a.question(), a.metal(), a.answer())).toList(),
                d.smelters().stream().map(s -> new SmelterRow(s.metal(), s.smelterId(), s.lookupName(), s.name(),
                        s.country())).toList(),
                d.mines().stream().map(m -> new MineRow(m.mineral(), m.smelterName(), m.mineName(), m.mineId(), m.sourceId(),
                        m.country(), m.street(), m.city(), m.province(), m.contactName(), m.contactEmail(), m.nextSteps(),
                        m.comment())).toList()))
                .toList();
    }

    @Override
    public Optional<BlankTemplate> newestTemplate(RmiTemplate kind) {
        return blanks.newest(kind).map(b -> new BlankTemplate(b.fileName(), b.version(), b.content(), b.uploadedAt(),
                b.campaignYear()));
    }

    @Override
    public Survey survey(int year, RmiTemplate kind) {
        return campaigns.find(year).map(s -> s.byTemplate().get(kind.name()))
                .map(t -> new Survey(t.solicited(), t.responded())).orElse(Survey.NONE);
    }
}
