package org.oretrace.registry.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.kernel.web.HomeTile;
import org.oretrace.registry.application.MatchReviews;
import org.oretrace.registry.application.SanctionsService;
import org.oretrace.registry.application.SmelterSearch;

import java.util.List;

/** The registry's figures on the home page: what waits for a person. */
@ApplicationScoped
public class RegistryTile implements HomeTile {

    @Inject
    MatchReviews reviews;

    @Inject
    SanctionsService sanctions;

    @Inject
    SmelterSearch search;

    @Override
    public String title() {
        return "Smelter registry";
    }

    @Override
    public int order() {
        return 30;
    }

    @Inject
    RmapChart rmapChart;

    @Override
    public String chart() {
        return rmapChart.byMetalToday();
    }

    @Override
    public List<Figure> figures() {
        SmelterSearch.Filter listed = new SmelterSearch.Filter(null, null, null, null, null, null, true);
        return List.of(
                new Figure("Smelters on RMI's list", Integer.toString(search.count(listed)), "/registry/smelters.xhtml"),
                new Figure("Names to review", Long.toString(reviews.openCount()), "/registry/reviews.xhtml"),
                new Figure("Sanctions hits to review", Long.toString(sanctions.openCount()), "/registry/sanctions.xhtml"),
                new Figure("Sanctioned smelters", Integer.toString(sanctions.sanctionedSmelterIds().size()),
                        "/registry/smelters.xhtml?sanctioned=true"));
    }
}
