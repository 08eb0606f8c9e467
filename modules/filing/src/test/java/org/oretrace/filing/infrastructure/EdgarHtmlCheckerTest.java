package org.oretrace.filing.infrastructure;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EdgarHtmlCheckerTest {

    private final EdgarHtmlChecker checker = new EdgarHtmlChecker();

    @Test
    void aDeliberatelyBadDocumentFailsWithEveryViolationNamed() {
        String bad = """
                <html><head><title>Form SD</title>
                <script src="https://cdn.example.com/x.js"></script></head>
                <body onload="track()">
                <p>The Company\u2019s report \u2014 final</p>
                <a href="https://www.example.com/cmr.pdf">report</a>
                <a href="https://www.sec.gov/cgi-bin/browse-edgar">EDGAR</a>
                <img src="http://example.com/logo.png">
                <form action="x"><input name="q"></form>
                <marquee>hi</marquee><blink>old</blink>
                <p style="background: url(http://example.com/bg.gif)" data-x="1">x&#7;</p>
                </body></html>
                """;
        List<EdgarHtmlChecker.Violation> v = checker.check(bad.getBytes(StandardCharsets.UTF_8));
        assertThat(v).extracting(EdgarHtmlChecker.Violation::toString).anySatisfy(s -> assertThat(s)
                .startsWith("line 2, column 1: <script> is active content"));
        assertThat(v).extracting(EdgarHtmlChecker.Violation::message)
                .contains("event handler onload on <body> is active content",
                        "link to https://www.example.com/cmr.pdf leaves the submission; EDGAR allows only links to sec.gov",
                        "src http://example.com/logo.png must name a .jpg or .gif file of the same submission",
                        "<form> is active content or an external resource, which EDGAR does not accept",
                        "<input> is active content or an external resource, which EDGAR does not accept",
                        "<blink> is not among the HTML tags EDGAR accepts",
                        "style on <p> loads external or active content",
                        "attribute data-x on <p> is not allowed",
                        "&#7; refers to a control or invalid character")
                .noneMatch(m -> m.contains("sec.gov/cgi-bin"));
        // the right single quote and the em dash are three UTF-8 bytes each, all reported on line 4
        assertThat(v).filteredOn(x -> x.rule().equals("ascii")).hasSize(6)
                .allSatisfy(x -> assertThat(x.line()).isEqualTo(4))
                .first().satisfies(x -> assertThat(x.message()).contains("0xE2").contains("numeric character reference"));
    }

    @Test
    void aCleanDocumentPasses() {
        String good = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html><head><title>x</title></head>"
                + "<body><!-- generated --><p align=\"center\">The Company&#8217;s report &amp; <a href=\"#annex\">Annex A</a>"
                + "</p><table border=\"1\"><tr><td>Gold</td></tr></table><img src=\"logo.jpg\" alt=\"logo\"></body></html>\n";
        assertThat(checker.check(good.getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void fileNamesFollowEdgarRules() {
        assertThat(checker.checkFileName("form-sd.html")).isEmpty();
        assertThat(checker.checkFileName("ex1-01_conflict_minerals_2023.htm")).hasSize(1);
        assertThat(checker.checkFileName("form sd.html")).hasSize(1);
        assertThat(checker.checkFileName("formulaire-säd.htm")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("32 characters"));
    }

    @Test
    void rendererEscapesEverythingOutsidePrintableAscii() {
        assertThat(EdgarHtmlRenderer.text("Mineração “Taboca” — S.A. <Ltd> & 5%\u0007"))
                .isEqualTo("Minera&#231;&#227;o &#8220;Taboca&#8221; &#8212; S.A. &lt;Ltd&gt; &amp; 5%");
    }
}
