package org.oretrace.app.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionCookiesTest {

    @Test
    void autoFollowsTheBaseUrlAndExplicitValuesWin() {
        assertThat(SessionCookies.secure("auto", "https://oretrace.example.com")).isTrue();
        assertThat(SessionCookies.secure("auto", "http://localhost:8080")).isFalse();
        assertThat(SessionCookies.secure("true", "http://localhost:8080")).isTrue();
        assertThat(SessionCookies.secure("FALSE", "https://oretrace.example.com")).isFalse();
        assertThatThrownBy(() -> SessionCookies.secure("yes", "https://x")).hasMessageContaining("auto, true or false");
    }
}
