package org.oretrace.registry.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.kernel.web.DailyWork;
import org.oretrace.registry.application.MatchReviews;
import org.oretrace.registry.application.SanctionsService;

import java.util.List;

/** The registry's queues: reported names to match, sanctions hits to decide. */
@ApplicationScoped
public class RegistryWork implements DailyWork {

    @Inject
    MatchReviews reviews;

    @Inject
    SanctionsService sanctions;

    @Override
    public List<Item> today() {
        long names = reviews.openCount();
        long hits = sanctions.openCount();
        return List.of(
                new Item(names, names == 1 ? "reported smelter name to review" : "reported smelter names to review",
                        "/registry/reviews.xhtml", 30),
                new Item(hits, hits == 1 ? "sanctions hit to decide" : "sanctions hits to decide", "/registry/sanctions.xhtml", 31));
    }
}
