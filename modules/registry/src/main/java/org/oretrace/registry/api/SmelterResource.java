package org.oretrace.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.oretrace.kernel.InputLimits;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.reports.SmelterReports;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.registry.published.MatchMethod;
import org.oretrace.registry.published.MatchResult;
import org.oretrace.registry.published.ReportedSmelter;
import org.oretrace.registry.application.RmapStatusService;
import org.oretrace.registry.application.SanctionsService;
import org.oretrace.registry.application.SmelterDirectory;
import org.oretrace.registry.published.SmelterFacts;
import org.oretrace.registry.application.SmelterMatcher;
import org.oretrace.registry.application.SmelterSearch;
import org.oretrace.registry.domain.RmapStatusTerm;
import org.oretrace.registry.domain.ScreenedSubject;
import org.oretrace.registry.domain.Smelter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The smelter registry: search, details, and matching of reported smelters to RMI smelter IDs. */
@Path("smelters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_NAME)
@Tag(name = "Smelter registry")
public class SmelterResource {

    static final int MAX_MATCH_ROWS = 20_000;

    /** One reported smelter: any field may be null. */
    public record MatchRequest(String metal, String name, String country, String smelterId) {
    }

    /** The answer for one reported smelter: smelterId null when not matched. */
    @JsonbNillable
    public record MatchResponse(String smelterId, String method, double score, String reason) {
    }

    @Inject
    SmelterSearch search;

    @Inject
    SmelterMatcher matcher;

    @Inject
    SmelterDirectory directory;

    @Inject
    RmapStatusService rmap;

    @Inject
    SanctionsService sanctions;

    @Inject
    ApplicationClock clock;

    @Inject
    Instance<SmelterReports> reports;

    @GET
    @Operation(summary = "Search smelters by text (ID, standard name or any alias), metal and country (any spelling)")
    public List<SmelterJson.Summary> search(@QueryParam("q") String q,
                                            @Parameter(description = "Tantalum, Tin, Tungsten, Gold, ...") @QueryParam("metal") String metal,
                                            @QueryParam("country") String country,
                                            @QueryParam("first") @DefaultValue("0") int first,
                                            @QueryParam("max") @DefaultValue("100") int max) {
        SmelterSearch.Filter filter = new SmelterSearch.Filter(q, metal(metal), country, null, null, null, null);
        return search.search(filter, first, Math.min(Math.max(1, max), 1000), "smelterId", true).stream()
                .map(SmelterJson.Summary::of).toList();
    }

    @GET
    @Path("{smelterId}")
    @Operation(summary = "A smelter with aliases, renames, RMAP status history, flags, sanctions screening hits and the "
            + "suppliers that reported it (reportedBy: distinct suppliers and the read declarations naming it, newest first)",
            description = "RMAP status on the date 'on' (default today): rmapCategory CONFORMANT, IN_PROGRESS (RMI's Active), "
                    + "NOT_CONFORMANT or UNKNOWN; rmapStatus the words of the list or table (null when unknown); rmapStatusDate; "
                    + "rmapSource and rmapSourceAsOf name the import it comes from. UNKNOWN means no imported status covers "
                    + "the date, not that the smelter is not enrolled.")
    public SmelterJson.Detail smelter(@PathParam("smelterId") String smelterId,
                                      @Parameter(description = "the date whose RMAP status and flags are answered, YYYY-MM-DD (default today)")
                                      @QueryParam("on") String on) {
        Smelter smelter = search.bySmelterId(smelterId)
                .orElseThrow(() -> new NotFoundException("No smelter " + smelterId + " in the registry"));
        LocalDate date = on == null || on.isBlank() ? clock.today() : RegistryAdminResource.isoDate(on, "on");
        SmelterFacts facts = directory.facts(smelter.getSmelterId(), date).orElseThrow();
        Map<String, RmapStatusTerm> terms = rmap.terms();
        List<SmelterJson.Status> history = rmap.history(smelter.getSmelterId()).stream()
                .map(e -> SmelterJson.status(e, rmap.categoryOf(e.getStatus(), terms).name())).toList();
        SmelterJson.ReportedBy reportedBy = SmelterJson.ReportedBy.of(reports.isResolvable()
                ? reports.get().reportsOf(smelter.getSmelterId()) : List.of());
        return SmelterJson.Detail.of(smelter, date, facts, history, sanctions.hitsFor(ScreenedSubject.SMELTER, smelter.getSmelterId()),
                reportedBy);
    }

    @POST
    @Path("match")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Match reported smelters to RMI smelter IDs; answers in the same order",
            description = "method is one of SMELTER_ID, EXACT_ALIAS, NORMALIZED_ALIAS, FUZZY, CONFIRMED (matched) or "
                    + "NOT_LISTED, NOT_YET_IDENTIFIED, UNRESOLVED (not matched; reason says why and names the closest candidate).")
    public List<MatchResponse> match(List<MatchRequest> rows) {
        if (rows == null) {
            throw new BadRequestException("Send a JSON array of {metal, name, country, smelterId}");
        }
        if (rows.size() > MAX_MATCH_ROWS) {
            throw new BadRequestException("At most " + MAX_MATCH_ROWS + " rows per call");
        }
        List<ReportedSmelter> reported = new ArrayList<>(rows.size());
        for (MatchRequest r : rows) {
            if (r != null) {
                // the matcher's cost grows with the names' length: a name longer than any smelter's is refused
                InputLimits.text("name", r.name(), InputLimits.NAME);
                InputLimits.text("smelterId", r.smelterId(), 100);
                InputLimits.text("country", r.country(), 100);
                InputLimits.text("metal", r.metal(), 50);
            }
            reported.add(r == null ? new ReportedSmelter(null, null, null, null)
                    : new ReportedSmelter(Metal.fromText(r.metal()).orElse(null), r.name(), r.country(), r.smelterId()));
        }
        List<MatchResult> results = matcher.matchAll(reported);
        List<MatchResponse> answer = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            MatchResult m = results.get(i);
            MatchRequest r = rows.get(i);
            if (r != null && r.metal() != null && !r.metal().isBlank() && reported.get(i).metal() == null) {
                answer.add(new MatchResponse(null, MatchMethod.UNRESOLVED.name(), 0, "unknown metal '" + r.metal() + "'"));
            } else {
                answer.add(new MatchResponse(m.smelterId(), m.method().name(), Math.round(m.score() * 1000) / 1000.0, m.reason()));
            }
        }
        return answer;
    }

    static Metal metal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Metal.fromText(text).orElseThrow(() -> new BadRequestException("Unknown metal '" + text + "'"));
    }
}
