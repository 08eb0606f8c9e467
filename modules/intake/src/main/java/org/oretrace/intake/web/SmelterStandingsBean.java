package org.oretrace.intake.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.intake.application.SmelterStandings;
import org.oretrace.intake.domain.Declaration;

import java.io.Serializable;

/** The smelter list of the declaration page: each row's RMAP status and sanctions entry from the registry. */
@Named
@ViewScoped
public class SmelterStandingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final SmelterStandings.Standing NONE = new SmelterStandings.Standing("Unknown", "ot-tag",
            "Unknown: the registry was not asked about this row", null, null, null, null);

    @Inject
    transient SmelterStandings standings;

    @Inject
    DeclarationBean page;

    /** Asked again when the page loads another state of the declaration (read again, decided). */
    private int askedFor = -1;
    private SmelterStandings.Standings answer;

    public SmelterStandings.Standings getStandings() {
        Declaration d = page.getDeclaration();
        if (d != null && (answer == null || askedFor != page.getLoads())) {
            answer = standings.of(d);
            askedFor = page.getLoads();
        }
        return answer;
    }

    public SmelterStandings.Standing of(int row) {
        SmelterStandings.Standings s = getStandings();
        return s == null ? NONE : s.rows().getOrDefault(row, NONE);
    }
}
