package org.oretrace.app.users;

import org.junit.jupiter.api.Test;
import org.oretrace.kernel.Role;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenTest {

    private final Instant t0 = Instant.parse("2024-05-01T09:00:00Z");
    private final UserAccount owner = new UserAccount("script", "Script", null, Role.VIEWER, "hash", t0);

    @Test
    void aUseIsRecordedAtMostOnceAMinuteSoThatConcurrentRequestsDoNotQueueOnTheTokensRow() {
        ApiToken token = new ApiToken(owner, "nightly import", ApiToken.newSecret(), t0);
        assertThat(token.getLastUsedAt()).isNull();

        token.used(t0.plusSeconds(5));
        assertThat(token.getLastUsedAt()).isEqualTo(t0.plusSeconds(5));
        token.used(t0.plusSeconds(6));
        token.used(t0.plusSeconds(64));
        assertThat(token.getLastUsedAt()).as("unchanged within the minute: no write").isEqualTo(t0.plusSeconds(5));

        token.used(t0.plusSeconds(65));
        assertThat(token.getLastUsedAt()).as("a minute later it is written again").isEqualTo(t0.plusSeconds(65));
    }
}
