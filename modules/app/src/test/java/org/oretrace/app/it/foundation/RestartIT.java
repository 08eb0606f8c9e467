package org.oretrace.app.it.foundation;

import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Server;

import static org.assertj.core.api.Assertions.assertThat;

class RestartIT {

    @Test
    void dataSurvivesARestartOnTheSameDatabaseAndMigrationsAreNotRepeated() {
        Api before = Api.newUser("survivor", "COMPLIANCE", "survivor-password-1");
        assertThat(before.get("/api/me").status()).isEqualTo(200);

        Server.restart();

        assertThat(Api.asAdmin().get("/api/admin/users/survivor").json().getString("role")).isEqualTo("COMPLIANCE");
        assertThat(before.get("/api/me").json().getString("username")).isEqualTo("survivor");
        // the first administrator is created once; a restart does not create or reset it
        // the app's migrations are applied on the first start only: one line with a count, every later start applies none
        java.util.regex.Matcher applied = java.util.regex.Pattern
                .compile("Schema of module app: [1-9]\\d* migration\\(s\\) applied").matcher(Server.logText());
        assertThat(applied.results().count()).as("starts that applied the app's migrations").isEqualTo(1);
        assertThat(Server.logText()).contains("Schema of module app: 0 migration(s) applied");
    }
}
