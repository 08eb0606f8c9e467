package org.oretrace.app.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestOriginTest {

    @Test
    void originsAreComparedOnSchemeHostAndPortOnly() {
        assertThat(RequestOrigin.originOf("https://Oretrace.Example.com/login.xhtml?x=1")).isEqualTo("https://oretrace.example.com");
        assertThat(RequestOrigin.originOf("https://oretrace.example.com:443")).isEqualTo("https://oretrace.example.com");
        assertThat(RequestOrigin.originOf("http://localhost:8600/")).isEqualTo("http://localhost:8600");
        assertThat(RequestOrigin.originOf("https://oretrace.example.com.evil.example")).isEqualTo("https://oretrace.example.com.evil.example");
        assertThat(RequestOrigin.originOf("null")).isNull();
        assertThat(RequestOrigin.originOf("javascript:alert(1)")).isNull();
        assertThat(RequestOrigin.originOf("not a url")).isNull();
    }

    @Test
    void forwardedProtoCountsOnlyBehindATrustedProxy() {
        assertThat(RequestOrigin.isHttps(true, null, false)).isTrue();
        assertThat(RequestOrigin.isHttps(false, "https", false)).isFalse();
        assertThat(RequestOrigin.isHttps(false, "https", true)).isTrue();
        assertThat(RequestOrigin.isHttps(false, "HTTPS, http", true)).isTrue();
        assertThat(RequestOrigin.isHttps(false, "http", true)).isFalse();
    }
}
