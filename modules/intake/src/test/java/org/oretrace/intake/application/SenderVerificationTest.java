package org.oretrace.intake.application;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SenderVerificationTest {

    private static final String OURS = "mx.acme.test";

    @Test
    void passesOnlyWhatOurServerVerifiedForTheFromDomain() {
        assertThat(check("a@tin.example", "mx.acme.test; dmarc=pass header.from=tin.example").verified()).isTrue();
        assertThat(check("a@tin.example", "mx.acme.test 1; dkim=pass (good signature) header.d=Tin.Example header.s=s1").verified()).isTrue();
        assertThat(check("a@tin.example", "mx.acme.test; dkim/1=pass header.d=tin.example").verified()).isTrue();
        assertThat(check("a@tin.example", "mx.acme.test;\r\n\tspf=pass smtp.mailfrom=bounce@tin.example").verified()).isTrue();
        assertThat(check("a@tin.example", "mx.acme.test; spf=pass smtp.mailfrom=tin.example").verified()).isTrue();
    }

    @Test
    void fromAloneOrAnotherDomainOrAnotherServerProvesNothing() {
        assertThat(SenderVerification.check("a@tin.example", List.of(), OURS).verified()).isFalse();
        assertThat(check("a@tin.example", "mx.acme.test; dkim=fail header.d=tin.example; spf=softfail smtp.mailfrom=tin.example")
                .verified()).isFalse();
        assertThat(check("a@tin.example", "mx.acme.test; dkim=pass header.d=attacker.example").verified()).isFalse();
        assertThat(check("a@tin.example", "mx.acme.test; spf=pass smtp.mailfrom=x@attacker.example").verified()).isFalse();
        assertThat(check("a@tin.example", "mx.acme.test; dmarc=pass header.from=attacker.example").verified()).isFalse();
        assertThat(check("a@tin.example", "evil.example; dmarc=pass header.from=tin.example").verified()).isFalse();
        assertThat(check("a@tin.example", "mx.acme.test; dkim=pass (header.d=tin.example) header.d=attacker.example")
                .verified()).as("a comment is not a property").isFalse();
        assertThat(SenderVerification.check("a@tin.example", List.of("mx.acme.test; dmarc=pass"), null).verified())
                .as("no trusted server configured").isFalse();
    }

    @Test
    void onlyTheTopmostHeaderOfOurServerCounts() {
        // our server found nothing; a header below it, claiming to be ours, came with the mail
        assertThat(SenderVerification.check("a@tin.example", List.of("mx.acme.test; dkim=none",
                "mx.acme.test; dmarc=pass header.from=tin.example"), OURS).verified()).isFalse();
        assertThat(SenderVerification.check("a@tin.example", List.of("other.example; dkim=none",
                "mx.acme.test; dmarc=pass"), OURS).reason()).isEqualTo("dmarc=pass for tin.example");
    }

    private static SenderVerification.Verdict check(String from, String header) {
        return SenderVerification.check(from, List.of(header), OURS);
    }
}
