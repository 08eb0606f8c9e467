package org.oretrace.app.it.foundation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Server;
import org.oretrace.app.it.support.WebSession;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacks of issue #15 "Access", each against the deployed WAR through the real login form:
 * a demoted administrator, a cross-site POST riding on the session cookie, an attacker locking the
 * administrator out from another computer, a hostile {@code next} after sign-in.
 */
class AccessIT {

    private static final String OUR_ORIGIN = "http://localhost:" + Server.port();

    @Test
    void aDemotedAdministratorLosesTheirRightsAtOnceOnScreensAndApiWithoutSigningInAgain() {
        Api.newUser("demoted-admin", "ADMIN", "demoted-password-1");
        WebSession session = new WebSession("127.0.0.1").signedIn("demoted-admin", "demoted-password-1");
        assertThat(session.get("/admin/users.xhtml").status()).isEqualTo(200);
        assertThat(session.get("/api/admin/users").status()).isEqualTo(200);

        assertThat(Api.asAdmin().putJson("/api/admin/users/demoted-admin", "{\"role\":\"VIEWER\"}").status()).isEqualTo(200);

        assertThat(session.get("/admin/users.xhtml").status()).isEqualTo(403);
        assertThat(session.get("/api/admin/users").status()).isEqualTo(403);
        assertThat(session.get("/audit.xhtml").status()).isEqualTo(403);
        JsonObject me = json(session.get("/api/me").body());
        assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("VIEWER");
        assertThat(session.get("/index.xhtml").status()).isEqualTo(200);

        assertThat(Api.asAdmin().putJson("/api/admin/users/demoted-admin", "{\"enabled\":false}").status()).isEqualTo(200);
        assertThat(session.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aCrossSitePostWithTheSessionCookieIsRefusedWhileOurOwnPagesAndTokensStillWork() {
        // the administrator: no second active ADMIN stays behind (ApiSecurityIT relies on "admin" being the last one)
        WebSession victim = new WebSession("127.0.0.1").signedIn(Server.ADMIN_USER, Server.ADMIN_PASSWORD);
        String planted = "{\"username\":\"csrf-planted\",\"role\":\"ADMIN\",\"password\":\"planted-password-1\"}";

        // another site's form or script: the browser adds the cookie and its own Origin
        WebSession.Answer crossSite = victim.send("POST", "/api/admin/users",
                Map.of("Content-Type", "application/json", "Origin", "https://evil.example"), planted);
        assertThat(crossSite.status()).as(crossSite.toString()).isEqualTo(403);
        assertThat(crossSite.body()).contains("X-CSRF-Token").doesNotContain("at org.");
        // no Origin/Referer, or our origin without the token (a same-site subdomain), is refused as well
        assertThat(victim.send("POST", "/api/admin/users", Map.of("Content-Type", "application/json"), planted).status()).isEqualTo(403);
        assertThat(victim.send("POST", "/api/admin/users", Map.of("Content-Type", "application/json", "Origin", OUR_ORIGIN),
                planted).status()).isEqualTo(403);
        String token = json(victim.get("/api/me").body()).getString("csrfToken");
        assertThat(victim.send("DELETE", "/api/admin/users/csrf-planted", Map.of("Origin", "https://evil.example",
                "X-CSRF-Token", token), null).status()).isEqualTo(403);
        assertThat(Api.asAdmin().get("/api/admin/users/csrf-planted").status()).isEqualTo(404);

        // our own page's script: same origin and the session's token
        WebSession.Answer ours = victim.send("POST", "/api/admin/users", Map.of("Content-Type", "application/json",
                "Origin", OUR_ORIGIN, "X-CSRF-Token", token), "{\"username\":\"csrf-legit\",\"role\":\"VIEWER\",\"password\":\"legit-password-1\"}");
        assertThat(ours.status()).as(ours.toString()).isEqualTo(201);
        assertThat(victim.send("PUT", "/api/admin/users/csrf-legit", Map.of("Content-Type", "application/json",
                "Referer", OUR_ORIGIN + "/admin/users.xhtml", "X-CSRF-Token", token), "{\"displayName\":\"Legit\"}").status()).isEqualTo(200);
        // the token is in every page for such scripts
        assertThat(victim.get("/index.xhtml").body()).contains("<meta name=\"csrf-token\" content=\"" + token + "\"");
        // reading needs neither
        assertThat(victim.send("GET", "/api/admin/users/csrf-legit", Map.of("Origin", "https://evil.example"), null).status()).isEqualTo(200);

        // scripts with an API token are not a browser riding on a cookie: unaffected
        assertThat(Api.asAdmin().get("/api/me").json().get("csrfToken")).isIn(null, jakarta.json.JsonValue.NULL);
        Api.Response bearer = Api.asAdmin().postJson("/api/admin/users",
                "{\"username\":\"csrf-bearer\",\"role\":\"VIEWER\",\"password\":\"bearer-password-1\"}");
        assertThat(bearer.status()).isEqualTo(201);
    }

    @Test
    void anAttackerOnAnotherComputerCannotLockTheAdministratorOut() {
        WebSession attacker = new WebSession("127.0.0.2");
        for (int i = 0; i < 6; i++) {
            WebSession.Answer refused = attacker.signIn(Server.ADMIN_USER, "guess-" + i, null);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
            assertThat(refused.body()).contains(i < 4 ? "Wrong user name or password" : "Too many wrong passwords from this computer");
        }
        // the attacker is now blocked even with the right password (guessing on gains nothing) ...
        WebSession.Answer blocked = attacker.signIn(Server.ADMIN_USER, Server.ADMIN_PASSWORD, null);
        assertThat(blocked.status()).isEqualTo(200);
        assertThat(blocked.body()).contains("Too many wrong passwords from this computer");
        // ... while the administrator at their own computer signs in as usual
        new WebSession("127.0.0.1").signedIn(Server.ADMIN_USER, Server.ADMIN_PASSWORD);
        new WebSession("127.0.0.4").signedIn(Server.ADMIN_USER, Server.ADMIN_PASSWORD);

        // shown to administrators, and audited with the address
        JsonObject user = Api.asAdmin().get("/api/admin/users/" + Server.ADMIN_USER).json();
        assertThat(user.isNull("lockedUntil")).isFalse();
        assertThat(Api.asAdmin().get("/api/audit?type=User&id=" + Server.ADMIN_USER).body())
                .contains("sign-in blocked").contains("127.0.0.2");
    }

    @Test
    void anAddressThatTriesManyNamesIsBlockedForAllOfThemButNoOneElseIs() {
        Api.newUser("spray-target", "VIEWER", "spray-password-12");
        WebSession sprayer = new WebSession("127.0.0.3");
        for (int i = 0; i < 20; i++) {
            sprayer.signIn("sprayed-" + i, "password-" + i, null);
        }
        assertThat(sprayer.signIn("spray-target", "spray-password-12", null).body()).contains("Too many wrong passwords");
        new WebSession("127.0.0.1").signedIn("spray-target", "spray-password-12");
    }

    @Test
    void theNextPageAfterSignInIsAlwaysOneOfOurOwn() {
        Api.newUser("next-user", "VIEWER", "next-password-12");
        for (String hostile : List.of("//evil.example/", "/\\evil.example", "/\t/evil.example", "/%0d%0aSet-Cookie:x=1",
                "/\r\nSet-Cookie: planted=1", "https://evil.example/", "javascript:alert(1)", "/ /evil.example")) {
            WebSession.Answer answer = new WebSession("127.0.0.1").signIn("next-user", "next-password-12", hostile);
            assertThat(answer.status()).as(hostile).isEqualTo(302);
            String location = answer.header("Location");
            if (hostile.startsWith("/%0d")) {
                // percent-encoded: a harmless path of our own site, never a header
                assertThat(location).as(hostile).isIn(hostile, OUR_ORIGIN + hostile);
            } else {
                assertThat(location).as(hostile).isIn("/index.xhtml", OUR_ORIGIN + "/index.xhtml");
            }
            assertThat(answer.all("Set-Cookie")).as(hostile).noneMatch(c -> c.contains("planted") || c.startsWith("x="));
        }
        WebSession.Answer own = new WebSession("127.0.0.1").signIn("next-user", "next-password-12", "/registry/smelters.xhtml?q=tin");
        assertThat(own.header("Location")).endsWith("/registry/smelters.xhtml?q=tin");
    }

    @Test
    void sessionCookiesAreHttpOnlyAndSameSiteAndThePolicyAllowsNoEval() {
        WebSession.Answer login = new WebSession("127.0.0.1").get("/login.xhtml");
        assertThat(login.all("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID=") && c.contains("HttpOnly")
                && c.toLowerCase().contains("samesite=lax"));
        // plain HTTP here (oretrace.base-url is http): neither Secure cookies nor HSTS, which only mean something over HTTPS
        assertThat(login.all("Set-Cookie")).noneMatch(c -> c.contains("Secure"));
        // one node keeps sessions in memory (config/payara-one-node.asadmin): no replicated session's version cookie, and
        // no serializing of every session after each request (issue 18: 60 % of the CPU under load); ClusterSmokeIT
        // checks that two nodes do replicate them
        assertThat(login.all("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONIDVERSION="));
        assertThat(login.header("Strict-Transport-Security")).isNull();
        // a client claiming HTTPS is not believed without oretrace.security.behind-proxy
        assertThat(new WebSession("127.0.0.1").send("GET", "/login.xhtml", Map.of("X-Forwarded-Proto", "https"), null)
                .header("Strict-Transport-Security")).isNull();
        for (WebSession.Answer answer : List.of(login, new WebSession("127.0.0.1").signedIn(Server.ADMIN_USER, Server.ADMIN_PASSWORD).get("/index.xhtml"))) {
            assertThat(answer.all("Content-Security-Policy")).isNotEmpty().noneMatch(p -> p.contains("unsafe-eval"));
        }
        assertThat(login.all("Content-Security-Policy")).anyMatch(p -> p.contains("'nonce-"));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
