package org.oretrace.app.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/index.xhtml", "/outreach/suppliers.xhtml?year=2023&q=a%20b", "/filing/year.xhtml?y=2023#top",
            "/registry/smelter.xhtml?id=CID001&back=http://x"})
    void ourOwnPathsAreFollowed(String next) {
        assertThat(SafeRedirect.isSafe(next)).isTrue();
        assertThat(SafeRedirect.orHome(next)).isEqualTo(next);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "/\\evil.example", "\\\\evil.example", "/\t/evil.example", "/\n/evil.example",
            "/\r\nSet-Cookie: x=1", "https://evil.example/", "evil.example", "javascript:alert(1)", " /index.xhtml",
            "/ /evil.example", "/\u0000x", "/\u007f", "/\u2028x", "/login.xhtml?next=//evil.example", "", "/a\\b"})
    void hostileValuesGoHome(String next) {
        assertThat(SafeRedirect.isSafe(next)).isFalse();
        assertThat(SafeRedirect.orHome(next)).isEqualTo("/index.xhtml");
    }

    @org.junit.jupiter.api.Test
    void nothingAndOverlongValuesGoHome() {
        assertThat(SafeRedirect.orHome(null)).isEqualTo("/index.xhtml");
        assertThat(SafeRedirect.isSafe("/" + "a".repeat(SafeRedirect.MAX_LENGTH))).isFalse();
    }
}
