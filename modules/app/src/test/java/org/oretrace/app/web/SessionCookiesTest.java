package org.oretrace.app.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionCookiesTest {

    @Test
    void autoFollowsTheBaseUrlAndExplicitValuesWin() {
        assertThat(SessionCookies.secure("auto", "https://oretrace.example.com")).contains(true);
        // left to the container: Secure when the session starts over HTTPS
        assertThat(SessionCookies.secure("auto", "http://localhost:8080")).isEmpty();
        assertThat(SessionCookies.secure("true", "http://localhost:8080")).contains(true);
        assertThat(SessionCookies.secure("FALSE", "https://oretrace.example.com")).contains(false);
        assertThatThrownBy(() -> SessionCookies.secure("yes", "https://x")).hasMessageContaining("auto, true or false");
    }
}
