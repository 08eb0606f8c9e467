package org.oretrace.bench.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.oretrace.bench.filing.BenchYear;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Issue 18's load: {@code load.users} people (20) at once on the main screens and APIs of a large year, each going
 * round the same path with a think time of about {@code load.pause-ms} between requests, for {@code load.duration}
 * seconds after a ramp of {@code load.ramp}: home; the suppliers screen and a supplier search in the API; the
 * declarations list (screen and an API page) and a random declaration (screen and API); the smelter browser, a
 * smelter search in the API and a random smelter's page; and, on {@code load.facts-percent} of the rounds, the
 * filing facts of the year (which the server computes from all accepted declarations' smelter rows).
 * <p>
 * Every request must answer 200 and, for a screen, the whole page (not the error page): the run fails otherwise.
 * Signed in with an API token ({@code load.token}, an ADMIN's) on every request, as {@code ScreensBenchmark} does;
 * redirects are not followed, so a token the server refuses (sent to the login page) fails the checks.
 * The random IDs fall inside the year that {@link LoadYear} wrote with the same {@code load.*} sizes.
 */
public class MainScreensSimulation extends Simulation {

    private final LoadSettings settings = LoadSettings.fromSystemProperties();

    private final HttpProtocolBuilder protocol = http.baseUrl(settings.url())
            .header("Authorization", "Bearer " + settings.token())
            .acceptHeader("text/html,application/json")
            .acceptLanguageHeader("en")
            .disableFollowRedirect()
            .disableCaching();

    private final Iterator<Map<String, Object>> randomRecords = Stream.generate(this::randomRecord).iterator();

    private final ScenarioBuilder people = scenario(settings.users() + " people on the main screens")
            .during(Duration.ofSeconds(settings.durationSeconds())).on(exec(round()));

    {
        if (settings.token().isBlank()) {
            throw new IllegalStateException("Give an ADMIN's API token: -Dload.token=ort_... (or ORETRACE_LOAD_TOKEN)");
        }
        setUp(people.injectOpen(rampUsers(settings.users()).during(Duration.ofSeconds(Math.max(1, settings.rampSeconds())))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L), global().successfulRequests().count().gt(0L));
    }

    private ChainBuilder round() {
        int year = BenchYear.YEAR.value();
        return exec(session -> session.setAll(randomRecords.next()))
                .exec(screen("home", "/"))
                .exec(screen("suppliers screen", "/outreach/suppliers.xhtml"))
                .exec(api("suppliers API search", "/api/suppliers?q=#{supplier}"))
                .exec(screen("declarations screen", "/intake/declarations.xhtml"))
                .exec(api("declarations API page", "/api/declarations?year=" + year + "&first=#{page}&max=50"))
                .exec(screen("declaration screen", "/intake/declaration.xhtml?id=#{declaration}"))
                .exec(api("declaration API", "/api/declarations/#{declaration}"))
                .exec(screen("smelters screen", "/registry/smelters.xhtml"))
                .exec(api("smelters API search", "/api/smelters?q=#{smelterName}&max=50"))
                .exec(screen("smelter screen", "/registry/smelter.xhtml?id=#{smelter}"))
                .exec(doIf(session -> session.getBoolean("facts"))
                        .then(exec(api("filing facts API", "/api/filings/" + year + "/facts"))));
    }

    private ChainBuilder screen(String name, String path) {
        return exec(http(name).get(path).check(status().is(200), substring("</html>").exists(),
                substring("<title>Something went wrong").notExists(), substring("<title>Page not found").notExists()))
                .pause(think(), think().plus(think()));
    }

    private ChainBuilder api(String name, String path) {
        return exec(http(name).get(path).header("Accept", "application/json")
                .check(status().is(200), bodyString().notNull()))
                .pause(think(), think().plus(think()));
    }

    /** Half the think time to one and a half times it: people do not click in step. */
    private Duration think() {
        return Duration.ofMillis(settings.pauseMillis() / 2);
    }

    private Map<String, Object> randomRecord() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int declaration = random.nextInt(settings.declarations());
        int smelter = random.nextInt(settings.smelters());
        return Map.of("supplier", BenchYear.supplierNumber(random.nextInt(settings.suppliers())),
                "declaration", BenchYear.declarationId(declaration),
                "page", 50 * random.nextInt(Math.max(1, settings.declarations() / 50)),
                "smelter", BenchYear.smelterId(smelter),
                "smelterName", "Refinery%20" + smelter,
                "facts", random.nextInt(100) < settings.factsPercent());
    }
}
