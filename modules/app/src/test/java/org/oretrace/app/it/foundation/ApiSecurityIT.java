package org.oretrace.app.it.foundation;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApiSecurityIT {

    @Test
    void anonymousCallsAreRefusedWith401AndNoRedirect() {
        Api.Response response = Api.anonymous().get("/api/me");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.json().getString("message")).isNotBlank();
    }

    @Test
    void aWrongTokenIsRefused() {
        assertThat(Api.withToken("ort_not-a-real-token-at-all-xxxxxxxx").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void meTellsTheCallerAndTheirEffectiveRoles() {
        JsonObject me = Api.asAdmin().get("/api/me").json();
        assertThat(me.getString("username")).isEqualTo("admin");
        assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactlyInAnyOrder("ADMIN", "COMPLIANCE", "VIEWER");
    }

    @Test
    void aViewerMayReadButNotAdminister() {
        Api viewer = Api.newUser("api-viewer", "VIEWER", "viewer-password-1");
        JsonObject me = viewer.get("/api/me").json();
        assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("VIEWER");

        Api.Response post = viewer.postJson("/api/admin/users",
                "{\"username\":\"sneaky\",\"role\":\"ADMIN\",\"password\":\"sneaky-password-1\"}");
        assertThat(post.status()).isEqualTo(403);
        assertThat(Api.asAdmin().get("/api/admin/users/sneaky").status()).isEqualTo(404);
        assertThat(viewer.get("/api/audit").status()).isEqualTo(403);
    }

    @Test
    void aComplianceUserMayReadTheAuditTrailButNotManageUsers() {
        Api compliance = Api.newUser("api-compliance", "COMPLIANCE", "compliance-password-1");
        assertThat(compliance.get("/api/audit?type=User&id=api-compliance").status()).isEqualTo(200);
        assertThat(compliance.get("/api/admin/users").status()).isEqualTo(403);
    }

    @Test
    void userChangesAreAudited() {
        Api.newUser("audited-user", "VIEWER", "audited-password-1");
        Api.asAdmin().putJson("/api/admin/users/audited-user", "{\"role\":\"COMPLIANCE\"}");
        List<JsonObject> entries = Api.asAdmin().get("/api/audit?type=User&id=audited-user").jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(entries).extracting(e -> e.getString("action")).containsSubsequence("updated", "created");
        assertThat(entries.get(0).getString("summary")).contains("VIEWER -> COMPLIANCE");
        assertThat(entries.get(0).getString("actor")).isEqualTo("admin");
    }

    @Test
    void theLastActiveAdministratorCannotBeDemotedOrDisabled() {
        Api.Response demote = Api.asAdmin().putJson("/api/admin/users/admin", "{\"role\":\"VIEWER\"}");
        assertThat(demote.status()).isEqualTo(400);
        assertThat(demote.json().getString("message")).contains("last active administrator");
        assertThat(Api.asAdmin().putJson("/api/admin/users/admin", "{\"enabled\":false}").status()).isEqualTo(400);
        assertThat(Api.asAdmin().get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void aDisabledUsersTokenStopsWorkingAtOnce() {
        Api user = Api.newUser("soon-disabled", "COMPLIANCE", "disabled-password-1");
        assertThat(user.get("/api/me").status()).isEqualTo(200);
        Api.asAdmin().putJson("/api/admin/users/soon-disabled", "{\"enabled\":false}");
        assertThat(user.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (Api.Response response : List.of(Api.asAdmin().get("/api/me"), Api.anonymous().get("/login.xhtml"))) {
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).isNotBlank();
            assertThat(response.headers().allValues("Content-Security-Policy")).anyMatch(p -> p.contains("frame-ancestors 'none'"));
        }
        assertThat(Api.anonymous().get("/api/me").header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void pagesRedirectToLoginAndUnknownPathsNeverShowAStackTrace() {
        Api.Response home = Api.anonymous().get("/index.xhtml");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.header("Location")).contains("/login.xhtml?next=");

        Api.Response missing = Api.asAdmin().get("/no-such-page.xhtml");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found").doesNotContain("\tat ").doesNotContain("at org.");

        Api.Response badJson = Api.asAdmin().postJson("/api/admin/users", "{not json");
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.body()).doesNotContain("at org.");
    }

    @Test
    void theOpenApiDescriptionAndHealthNeedALoginAndDescribeTheApi() {
        assertThat(Api.anonymous().get("/openapi").status()).isIn(302, 401);
        Api.Response openapi = Api.asAdmin().get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/me").contains("/api/admin/users").contains("bearer");

        Api.Response ready = Api.asAdmin().get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"migrations\":\"applied\"").contains("\"status\":\"UP\"");
    }
}
