package org.oretrace.app.it.foundation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Faces view (found in the WAR and its module jars) and every REST operation (found in the
 * OpenAPI description at /openapi) against anonymous, VIEWER, COMPLIANCE and ADMIN callers. The
 * expected least role of each is a line in the tables below: a view or operation without a line fails
 * the test, so none can be added without deciding who may use it. Adding one is a one-line change.
 *
 * <p>Expected: anonymous callers are sent to the login page (views) or get 401 (API); a caller below
 * the least role gets 403; a caller with it is let through (anything but 401/403, a login redirect or
 * a server error). Changing operations get an empty or invalid body and ids that do not exist, so the
 * allowed caller's answer is a 4xx refusal of the input and nothing changes; operations that would
 * start work even so are marked {@code refusals-only}: only the callers below the least role call them
 * (refused before the operation runs).
 */
class AuthorizationMatrixIT {

    /** Views: path, least role (PUBLIC: no sign-in). Includes and templates are not views. */
    private static final List<String> VIEWS = List.of(
            "/login.xhtml                         PUBLIC",
            "/index.xhtml                         VIEWER",
            "/profile.xhtml                       VIEWER",
            "/audit.xhtml                         COMPLIANCE",
            "/admin/users.xhtml                   ADMIN",
            "/error/403.xhtml                     VIEWER",
            "/error/404.xhtml                     VIEWER",
            "/error/500.xhtml                     VIEWER",
            "/error/expired.xhtml                 VIEWER",
            "/registry/smelters.xhtml             VIEWER",
            "/registry/smelter.xhtml              VIEWER",
            "/registry/countries.xhtml            VIEWER",
            "/registry/reviews.xhtml              VIEWER",
            "/registry/sanctions.xhtml            VIEWER",
            "/registry/admin/imports.xhtml        ADMIN",
            "/outreach/suppliers.xhtml            VIEWER",
            "/outreach/supplier.xhtml             VIEWER",
            "/outreach/import.xhtml               VIEWER",
            "/outreach/campaigns.xhtml            VIEWER",
            "/outreach/campaign.xhtml             VIEWER",
            "/outreach/request.xhtml              VIEWER",
            "/outreach/outbox.xhtml               VIEWER",
            "/outreach/templates.xhtml            VIEWER",
            "/outreach/admin/categories.xhtml     ADMIN",
            "/intake/declarations.xhtml           VIEWER",
            "/intake/risk-reviews.xhtml           VIEWER",
            "/intake/declaration.xhtml            VIEWER",
            "/intake/declaration-cell.xhtml       VIEWER",
            "/intake/upload.xhtml                 VIEWER",
            "/intake/mail-refusals.xhtml          COMPLIANCE",
            "/filing/filings.xhtml                VIEWER",
            "/filing/workspace.xhtml              VIEWER",
            "/filing/smelters.xhtml               VIEWER",
            "/filing/years.xhtml                  VIEWER",
            "/filing/rollup.xhtml                 VIEWER");

    /** REST operations: method, path as in /openapi, least role, optionally refusals-only (and why). */
    private static final List<String> OPERATIONS = List.of(
            "GET    /api/me                                              VIEWER",
            "GET    /api/audit                                           COMPLIANCE",
            "GET    /api/admin/users                                     ADMIN",
            "POST   /api/admin/users                                     ADMIN",
            "GET    /api/admin/users/{username}                          ADMIN",
            "PUT    /api/admin/users/{username}                          ADMIN",
            "POST   /api/admin/users/{username}/tokens                   ADMIN",
            "GET    /api/clock                                           ADMIN",
            "POST   /api/clock/advance                                   ADMIN       refusals-only: moves the shared clock",
            "POST   /api/outreach/run                                    ADMIN       refusals-only: runs the whole follow-up now",
            "GET    /api/supplier-categories                             VIEWER",
            "POST   /api/supplier-categories                             ADMIN",
            "PUT    /api/supplier-categories/{id}                        ADMIN",
            "GET    /api/suppliers                                       VIEWER",
            "POST   /api/suppliers                                       COMPLIANCE",
            "PUT    /api/suppliers                                       COMPLIANCE",
            "POST   /api/suppliers/import                                COMPLIANCE",
            "GET    /api/suppliers/{number}                              VIEWER",
            "PUT    /api/suppliers/{number}                              COMPLIANCE",
            "POST   /api/suppliers/{number}/status                       COMPLIANCE",
            "GET    /api/suppliers/{number}/contact-log                  VIEWER",
            "POST   /api/suppliers/{number}/contact-log                  COMPLIANCE",
            "GET    /api/campaigns                                       VIEWER",
            "POST   /api/campaigns                                       COMPLIANCE",
            "GET    /api/campaigns/{year}                                VIEWER",
            "PUT    /api/campaigns/{year}                                COMPLIANCE",
            "POST   /api/campaigns/{year}/cmrt                           ADMIN",
            "POST   /api/campaigns/{year}/emrt                           ADMIN",
            "POST   /api/campaigns/{year}/launch                         COMPLIANCE",
            "POST   /api/campaigns/{year}/suppliers                      COMPLIANCE",
            "GET    /api/campaigns/{year}/statistics                     VIEWER",
            "GET    /api/campaigns/{year}/statistics.xlsx                VIEWER",
            "GET    /api/campaigns/{year}/requests                       VIEWER",
            "POST   /api/campaigns/{year}/requests/{supplierNumber}/response  COMPLIANCE",
            "GET    /api/outbox                                          VIEWER",
            "GET    /api/outbox/{id}                                     VIEWER",
            "POST   /api/outbox/{id}/retry                               COMPLIANCE",
            "GET    /api/declarations                                    VIEWER",
            "POST   /api/declarations                                    COMPLIANCE",
            "POST   /api/declarations/batches                            COMPLIANCE",
            "GET    /api/declarations/batches/{batch}                    VIEWER",
            "POST   /api/declarations/evaluation                         COMPLIANCE  refusals-only: re-reads every declaration",
            "GET    /api/declarations/{id}                               VIEWER",
            "GET    /api/declarations/{id}/original                      VIEWER",
            "POST   /api/declarations/{id}/acceptance                    COMPLIANCE",
            "POST   /api/declarations/{id}/evaluation                    COMPLIANCE",
            "GET    /api/declarations/{id}/corrective-action             VIEWER",
            "POST   /api/declarations/{id}/corrective-action             COMPLIANCE",
            "GET    /api/declarations/{id}/supplier-suggestions          VIEWER",
            "PUT    /api/declarations/{id}/supplier                      COMPLIANCE",
            "POST   /api/declarations/{id}/risk-review                   COMPLIANCE",
            "POST   /api/mailbox/poll                                    COMPLIANCE  refusals-only: polls the mailbox now",
            "GET    /api/mailbox/refusals                                VIEWER",
            "GET    /api/mailbox/refusals/{id}/original                  COMPLIANCE",
            "GET    /api/smelters                                        VIEWER",
            "GET    /api/smelters/{smelterId}                            VIEWER",
            "POST   /api/smelters/match                                  VIEWER",
            "POST   /api/registry/reference-list                         ADMIN",
            "GET    /api/registry/reference-list/imports                 VIEWER",
            "POST   /api/registry/rmap-status                            ADMIN",
            "GET    /api/registry/rmap-status/imports                    VIEWER",
            "GET    /api/registry/reviews                                VIEWER",
            "POST   /api/registry/reviews                                COMPLIANCE",
            "POST   /api/registry/reviews/{id}/confirm                   COMPLIANCE",
            "GET    /api/sanctions/lists                                 VIEWER",
            "POST   /api/sanctions/lists                                 ADMIN",
            "GET    /api/screening/hits                                  VIEWER",
            "POST   /api/screening/hits/{id}/confirm                     COMPLIANCE",
            "POST   /api/screening/hits/{id}/dismiss                     COMPLIANCE",
            "GET    /api/screening/runs                                  VIEWER",
            "GET    /api/screening/runs/{id}                             VIEWER",
            "POST   /api/screening/run                                   COMPLIANCE  refusals-only: screens every smelter",
            "GET    /api/filings                                         VIEWER",
            "GET    /api/filings/years                                   VIEWER",
            "POST   /api/filings/{year}                                  COMPLIANCE",
            "GET    /api/filings/{year}/facts                            VIEWER",
            "POST   /api/filings/{year}/generations                      VIEWER",
            "GET    /api/filings/{year}/generations/latest               VIEWER",
            "GET    /api/filings/{year}/annex-a                          VIEWER",
            "GET    /api/filings/{year}/documents/{name}                 VIEWER",
            "GET    /api/filings/{year}/edgar-check                      VIEWER",
            "GET    /api/filings/{year}/preflight                        VIEWER",
            "GET    /api/filings/{year}/submission.zip                   VIEWER",
            "PUT    /api/filings/{year}/narrative                        COMPLIANCE",
            "PUT    /api/filings/{year}/registrant                       COMPLIANCE",
            "POST   /api/filings/{year}/versions                         COMPLIANCE",
            "POST   /api/filings/{year}/finalize                         COMPLIANCE",
            "GET    /api/rollups/{year}/cmrt                             VIEWER",
            "POST   /api/rollups/{year}/cmrt                             COMPLIANCE",
            "GET    /api/rollups/{year}/cmrt.xlsx                        VIEWER",
            "PUT    /api/rollups/{year}/cmrt/settings                    COMPLIANCE",
            "PUT    /api/rollups/{year}/cmrt/overrides/{key}             COMPLIANCE",
            "DELETE /api/rollups/{year}/cmrt/overrides/{key}             COMPLIANCE",
            "POST   /api/rollups/{year}/cmrt/finalize                    COMPLIANCE",
            "GET    /api/rollups/{year}/emrt                             VIEWER",
            "POST   /api/rollups/{year}/emrt                             COMPLIANCE",
            "GET    /api/rollups/{year}/emrt.xlsx                        VIEWER",
            "PUT    /api/rollups/{year}/emrt/settings                    COMPLIANCE",
            "PUT    /api/rollups/{year}/emrt/overrides/{key}             COMPLIANCE",
            "DELETE /api/rollups/{year}/emrt/overrides/{key}             COMPLIANCE",
            "POST   /api/rollups/{year}/emrt/finalize                    COMPLIANCE");

    enum Caller { ANONYMOUS, VIEWER, COMPLIANCE, ADMIN }

    private static final Pattern PAGE_TEMPLATE = Pattern.compile("template=\"|<html|<f:view");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Map<Caller, String> TOKENS = new LinkedHashMap<>();

    @BeforeAll
    static void callers() {
        TOKENS.put(Caller.VIEWER, Api.newUser("matrix-viewer", "VIEWER", "matrix-viewer-1").token());
        TOKENS.put(Caller.COMPLIANCE, Api.newUser("matrix-compliance", "COMPLIANCE", "matrix-compliance-1").token());
        TOKENS.put(Caller.ADMIN, Server.ADMIN_TOKEN);
    }

    @Test
    void everyViewAnswersEachRoleAsTheTableSays() throws Exception {
        Map<String, String> expected = table(VIEWS, 1);
        TreeSet<String> found = viewsInTheWar();
        assertThat(found).as("views in the WAR without a line in VIEWS (add one), or lines for views that are gone")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());

        List<Probe> probes = new ArrayList<>();
        for (String view : found) {
            String least = expected.get(view).split("\\s+")[0];
            for (Caller caller : Caller.values()) {
                probes.add(new Probe("GET " + view, caller, least, false,
                        () -> send(caller, HttpRequest.newBuilder(URI.create(Server.baseUrl() + view)).GET())));
            }
        }
        assertAll(probes, true);
    }

    @Test
    void everyApiOperationAnswersEachRoleAsTheTableSays() throws Exception {
        Map<String, String> expected = table(OPERATIONS, 2);
        Map<String, JsonObject> operations = operationsInOpenApi();
        assertThat(operations.keySet()).as("operations in /openapi without a line in OPERATIONS (add one), or lines for operations that are gone")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());

        List<Probe> probes = new ArrayList<>();
        for (Map.Entry<String, JsonObject> operation : operations.entrySet()) {
            String[] methodAndPath = operation.getKey().split(" ");
            String[] rule = expected.get(operation.getKey()).split("\\s+");
            String least = rule[0];
            boolean refusalsOnly = rule.length > 1 && rule[1].startsWith("refusals-only");
            boolean changes = !methodAndPath[0].equals("GET");
            String url = Server.baseUrl() + methodAndPath[1].replace("{year}", "1900").replace("{id}", "0")
                    .replaceAll("\\{[^}]+}", "matrix-none");
            for (Caller caller : Caller.values()) {
                if (refusalsOnly && Role.atLeast(caller, least)) {
                    continue;
                }
                probes.add(new Probe(operation.getKey(), caller, least, changes, () -> {
                    HttpResponse<String> answer = send(caller, request(methodAndPath[0], url, false));
                    // an upload endpoint refuses a JSON body as 415 before authorization: ask it with an empty multipart body
                    return answer.statusCode() == 415 ? send(caller, request(methodAndPath[0], url, true)) : answer;
                }));
            }
        }
        assertAll(probes, false);
    }

    /** One call of one caller and what it must answer. */
    private record Probe(String what, Caller caller, String least, boolean changes, java.util.concurrent.Callable<HttpResponse<String>> call) {
    }

    private static void assertAll(List<Probe> probes, boolean views) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<String>> failures = new ArrayList<>();
            for (Probe probe : probes) {
                failures.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return verdict(probe, probe.call().call(), views);
                    } catch (Exception e) {
                        return probe.what() + " as " + probe.caller() + ": " + e;
                    }
                }, pool));
            }
            List<String> wrong = new ArrayList<>();
            for (CompletableFuture<String> f : failures) {
                if (f.get() != null) {
                    wrong.add(f.get());
                }
            }
            assertThat(wrong).as("answers that differ from the table (" + probes.size() + " calls)").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Null when the answer is the expected one, otherwise what went wrong. */
    private static String verdict(Probe probe, HttpResponse<String> response, boolean views) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        boolean toLogin = status == 302 && location.contains("/login.xhtml");
        String got = probe.what() + " as " + probe.caller() + " (least " + probe.least() + "): HTTP " + status + " " + location;
        if (probe.least().equals("PUBLIC")) {
            return status == 200 ? null : got + ", expected 200";
        }
        if (probe.caller() == Caller.ANONYMOUS) {
            boolean refused = views ? toLogin : status == 401;
            return refused ? null : got + ", expected " + (views ? "a redirect to the login page" : "401");
        }
        if (!Role.atLeast(probe.caller(), probe.least())) {
            return status == 403 ? null : got + ", expected 403";
        }
        if (status == 401 || status == 403 || toLogin || status >= 500) {
            return got + ", expected to be let through";
        }
        if (probe.changes() && status < 400) {
            return got + ", expected the harmless input to be refused (4xx): did the call change something? mark it refusals-only";
        }
        return null;
    }

    private static final class Role {
        static boolean atLeast(Caller caller, String least) {
            return switch (least) {
                case "PUBLIC" -> true;
                case "VIEWER" -> caller != Caller.ANONYMOUS;
                case "COMPLIANCE" -> caller == Caller.COMPLIANCE || caller == Caller.ADMIN;
                case "ADMIN" -> caller == Caller.ADMIN;
                default -> throw new IllegalArgumentException("unknown role in the table: " + least);
            };
        }
    }

    private static HttpRequest.Builder request(String method, String url, boolean multipart) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url));
        if (method.equals("GET")) {
            return builder.GET();
        }
        if (method.equals("DELETE")) {
            // a DELETE carries no body: Payara answers one that has a body with 400 before authorization
            return builder.DELETE();
        }
        if (multipart) {
            return builder.header("Content-Type", "multipart/form-data; boundary=matrix")
                    .method(method, HttpRequest.BodyPublishers.ofString("--matrix--\r\n"));
        }
        return builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
    }

    private static HttpResponse<String> send(Caller caller, HttpRequest.Builder builder) throws IOException, InterruptedException {
        builder.timeout(Duration.ofMinutes(2));
        if (TOKENS.containsKey(caller)) {
            builder.header("Authorization", "Bearer " + TOKENS.get(caller));
        }
        return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** "METHOD /path" of every operation the OpenAPI description lists, with its description. */
    private static Map<String, JsonObject> operationsInOpenApi() {
        Api.Response openapi = Api.asAdmin().get("/openapi", "application/json");
        assertThat(openapi.status()).as(openapi.toString()).isEqualTo(200);
        JsonObject paths = Json.createReader(new StringReader(openapi.body())).readObject().getJsonObject("paths");
        Map<String, JsonObject> operations = new LinkedHashMap<>();
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (Arrays.asList("get", "post", "put", "patch", "delete", "head", "options").contains(method)) {
                String full = path.startsWith("/api") ? path : "/api" + path;
                operations.put(method.toUpperCase() + " " + full, operation.asJsonObject());
            }
        }));
        return operations;
    }

    /** Every page of the WAR and of its module jars (META-INF/resources), without WEB-INF and without includes. */
    private static TreeSet<String> viewsInTheWar() throws IOException {
        TreeSet<String> views = new TreeSet<>();
        Path war = Path.of(System.getProperty("oretrace.it.war"));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(war))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("META-INF/")) {
                    addIfPage(views, "/" + name, zip.readAllBytes());
                } else if (name.matches("WEB-INF/lib/[^/]*oretrace-[^/]*\\.jar")) {
                    viewsInJar(views, new ByteArrayInputStream(zip.readAllBytes()));
                }
            }
        }
        return views;
    }

    private static void viewsInJar(TreeSet<String> views, InputStream jar) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(jar)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.startsWith("META-INF/resources/") && name.endsWith(".xhtml")) {
                    addIfPage(views, name.substring("META-INF/resources".length()), zip.readAllBytes());
                }
            }
        }
    }

    private static void addIfPage(TreeSet<String> views, String path, byte[] content) {
        // an include is a bare ui:composition without a template; a page has a template or is a whole document
        if (PAGE_TEMPLATE.matcher(new String(content, StandardCharsets.UTF_8)).find()) {
            views.add(path);
        }
    }

    /** Table lines as key (the first {@code keyWords} words) to the rest. */
    private static Map<String, String> table(List<String> lines, int keyWords) {
        Map<String, String> table = new LinkedHashMap<>();
        for (String line : lines) {
            String[] words = line.strip().split("\\s+", keyWords + 1);
            String key = String.join(" ", Arrays.copyOf(words, keyWords));
            if (table.put(key, words[keyWords]) != null) {
                throw new IllegalStateException("twice in the table: " + key);
            }
        }
        return table;
    }
}
