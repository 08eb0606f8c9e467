package org.oretrace.app.users;

import org.junit.jupiter.api.Test;
import org.oretrace.kernel.Role;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UserAccountTest {

    private final Instant t0 = Instant.parse("2024-05-01T09:00:00Z");

    @Test
    void wrongPasswordsAreCountedButNeverLockTheAccountItself() {
        UserAccount account = new UserAccount("carla", "Carla", null, Role.COMPLIANCE, "hash", t0);
        for (int i = 0; i < 50; i++) {
            account.recordFailedLogin();
        }
        assertThat(account.getFailedLogins()).isEqualTo(50);
        account.recordSuccessfulLogin(t0);
        assertThat(account.getFailedLogins()).isZero();
        assertThat(account.getLastLoginAt()).isEqualTo(t0);
    }

    @Test
    void rolesAreCumulative() {
        assertThat(Role.ADMIN.effectiveRoles()).containsExactlyInAnyOrder(Role.ADMIN, Role.COMPLIANCE, Role.VIEWER);
        assertThat(Role.COMPLIANCE.effectiveRoles()).containsExactlyInAnyOrder(Role.COMPLIANCE, Role.VIEWER);
        assertThat(Role.VIEWER.effectiveRoles()).containsExactly(Role.VIEWER);
    }

    @Test
    void generatedPasswordsAreLongEnoughAndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = PasswordGenerator.generate();
            assertThat(password).hasSize(19).matches("[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}");
            assertThat(password.length()).isGreaterThanOrEqualTo(UserAccounts.MIN_PASSWORD_LENGTH);
            seen.add(password);
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void apiTokensAreStoredAsHashesAndRecognisableByPrefix() {
        String secret = ApiToken.newSecret();
        assertThat(secret).startsWith("ort_").hasSizeGreaterThan(40);
        assertThat(ApiToken.hash(secret)).hasSize(64).isEqualTo(ApiToken.hash(secret)).isNotEqualTo(ApiToken.hash(secret + "x"));
    }
}
