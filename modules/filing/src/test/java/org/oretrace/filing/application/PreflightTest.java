package org.oretrace.filing.application;

import org.junit.jupiter.api.Test;
import org.oretrace.filing.domain.DefaultNarrative;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.Narrative;
import org.oretrace.filing.domain.Registrant;
import org.oretrace.filing.infrastructure.EdgarHtmlChecker;
import org.oretrace.filing.testing.Narratives;
import org.oretrace.filing.testing.Registrants;
import org.oretrace.filing.testing.TemplateYear;
import org.oretrace.kernel.ReportingYear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each pre-flight item appears with its cause and disappears when the cause is resolved (a year of RMI's real list). */
class PreflightTest {

    private static final Instant NOW = Instant.parse("2024-05-20T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2024, 5, 20);

    private final TemplateYear year = TemplateYear.standard();
    private final FilingWork work = new FilingWork(year);

    private Filing draft(Narrative text, Registrant registrant) {
        return Filing.start(ReportingYear.of(2023), text, registrant, NOW, "alice");
    }

    private static PreflightItem item(List<PreflightItem> items, String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + items));
    }

    private static List<String> codes(List<PreflightItem> items) {
        return items.stream().map(PreflightItem::code).toList();
    }

    @Test
    void templateTextAndTheMissingCoverPageBlockUntilWrittenOut() {
        Filing f = draft(DefaultNarrative.create(), null);
        List<PreflightItem> items = work.preflight(f, TODAY);
        PreflightItem template = item(items, Preflight.TEMPLATE_TEXT);
        assertThat(template.severity()).isEqualTo(PreflightItem.Severity.BLOCKING);
        // the overview's two brackets and every company program field the default text uses, not written yet
        assertThat(template.count()).isEqualTo(2 + Narrative.Field.values().length);
        assertThat(template.message()).contains("[describe the products]").contains("[the product categories]")
                .contains("(and " + (template.count() - 5) + " more)");
        assertThat(template.link()).isEqualTo("/filing/workspace.xhtml?year=2023&tab=text");
        PreflightItem cover = item(items, Preflight.REGISTRANT_MISSING);
        assertThat(cover.count()).isEqualTo(8);
        assertThat(cover.message()).contains("exact name of registrant").contains("signer's title");

        Narrative typo = Narratives.filledIn();
        typo.set(Narrative.Section.RESULTS, typo.get(Narrative.Section.RESULTS) + " {smeltersIdentifed}");
        f.changeNarrative(typo, NOW);
        Registrant bracketed = Registrants.allison();
        bracketed.setAddress("[Address of principal executive offices]");
        f.changeRegistrant(bracketed, NOW);
        items = work.preflight(f, TODAY);
        assertThat(item(items, Preflight.TEMPLATE_TEXT).message())
                .contains("Due Diligence Results: unknown placeholder {smeltersIdentifed}")
                .contains("Cover page: \"[Address of principal executive offices]\"");
        assertThat(codes(items)).doesNotContain(Preflight.REGISTRANT_MISSING);

        f.changeNarrative(Narratives.filledIn(), NOW);
        f.changeRegistrant(Registrants.allison(), NOW);
        items = work.preflight(f, TODAY);
        assertThat(codes(items)).doesNotContain(Preflight.TEMPLATE_TEXT, Preflight.REGISTRANT_MISSING);
        assertThat(Preflight.blocking(items)).as("the standard year has nothing else open").isEmpty();
        // the year's two unresolved spellings are a warning: Annex A can list them separately
        assertThat(item(items, Preflight.UNRESOLVED_NAMES).severity()).isEqualTo(PreflightItem.Severity.WARNING);
        assertThat(item(items, Preflight.UNRESOLVED_NAMES).count()).isEqualTo(2);
    }

    @Test
    void lastYearsTextIsAWarningUntilUpdated() {
        // the 2023 draft starts from the 2022 filing, whose last section named its next year literally
        Narrative carried = Narratives.filledIn();
        carried.set(Narrative.Section.FUTURE_MEASURES, "In 2023 we intend to continue our engagement with suppliers.");
        carried.set(Narrative.Section.RCOI, carried.get(Narrative.Section.RCOI) + " Our 2022 survey used CMRT 6.22.");
        carried.set(Narrative.Field.ANNUAL_REPORT, "our Annual Report on Form 10-K for the year ended December 31, 2024");
        Filing f = Filing.start(ReportingYear.of(2024), carried, Registrants.allison(), NOW, "alice");
        PreflightItem stale = item(work.preflight(f, TODAY), Preflight.LAST_YEAR_TEXT);
        assertThat(stale.severity()).isEqualTo(PreflightItem.Severity.WARNING);
        assertThat(stale.count()).isEqualTo(1);
        assertThat(stale.message()).contains("2023").contains("Future Due Diligence Measures").doesNotContain("Reasonable");

        carried.set(Narrative.Section.FUTURE_MEASURES, "In {nextYear} we intend to continue our engagement with suppliers.");
        f.changeNarrative(carried, NOW);
        assertThat(codes(work.preflight(f, TODAY))).doesNotContain(Preflight.LAST_YEAR_TEXT);
    }

    @Test
    void whatTheModulesReportOpenAppearsWithItsCountsAndLinks() {
        Filing f = draft(Narratives.filledIn(), Registrants.allison());
        year.open = new FilingSources.OpenWork(19, Map.of("NEEDS_FOLLOW_UP", 10L), 3, 2);
        List<PreflightItem> items = work.preflight(f, TODAY);
        PreflightItem noOutcome = item(items, Preflight.SUPPLIERS_WITHOUT_OUTCOME);
        assertThat(noOutcome.severity()).isEqualTo(PreflightItem.Severity.WARNING);
        assertThat(noOutcome.count()).isEqualTo(19);
        assertThat(noOutcome.link()).isEqualTo("/outreach/campaign.xhtml?year=2023");
        PreflightItem declarations = item(items, Preflight.DECLARATIONS_OPEN);
        assertThat(declarations.count()).isEqualTo(10);
        assertThat(declarations.message()).contains("10 needs follow up");
        assertThat(declarations.link()).isEqualTo("/intake/declarations.xhtml?year=2023&status=NEEDS_FOLLOW_UP");
        assertThat(item(items, Preflight.MATCH_REVIEWS).count()).isEqualTo(3);
        assertThat(item(items, Preflight.MATCH_REVIEWS).link()).isEqualTo("/registry/reviews.xhtml");
        assertThat(item(items, Preflight.SANCTIONS_HITS).count()).isEqualTo(2);
        assertThat(Preflight.blocking(items)).extracting(PreflightItem::code).containsExactly(
                Preflight.DECLARATIONS_OPEN, Preflight.MATCH_REVIEWS, Preflight.SANCTIONS_HITS);

        // a state intake adds later (risk review) joins the same item, without a change here
        year.open = new FilingSources.OpenWork(0, Map.of("NEEDS_FOLLOW_UP", 1L, "RISK_REVIEW", 2L), 0, 0);
        items = work.preflight(f, TODAY);
        assertThat(item(items, Preflight.DECLARATIONS_OPEN).count()).isEqualTo(3);
        assertThat(item(items, Preflight.DECLARATIONS_OPEN).link()).isEqualTo("/intake/declarations.xhtml?year=2023");

        year.open = FilingSources.OpenWork.NONE;
        assertThat(codes(work.preflight(f, TODAY))).doesNotContain(Preflight.SUPPLIERS_WITHOUT_OUTCOME,
                Preflight.DECLARATIONS_OPEN, Preflight.MATCH_REVIEWS, Preflight.SANCTIONS_HITS);
    }

    @Test
    void smeltersWithoutAKnownRmapStatusOnTheAsOfDateBlock() {
        Filing f = draft(Narratives.filledIn(), Registrants.allison());
        List<String> inAnnex = work.annexA(2023, java.util.Optional.of(f)).rows().stream()
                .filter(r -> r.smelterId() != null).map(r -> r.smelterId()).limit(2).toList();
        inAnnex.forEach(year::forgetRmapStatus);
        PreflightItem unknown = item(work.preflight(f, TODAY), Preflight.RMAP_UNKNOWN);
        assertThat(unknown.severity()).isEqualTo(PreflightItem.Severity.BLOCKING);
        assertThat(unknown.count()).isEqualTo(2);
        assertThat(unknown.message()).contains("December 31, 2023");
    }

    @Test
    void aFailingEdgarCheckBlocks() {
        Filing f = draft(Narratives.filledIn(), Registrants.allison());
        YearData data = work.liveData(f);
        List<PreflightItem> items = Preflight.check(f, data, FilingSources.OpenWork.NONE,
                new EdgarHtmlChecker().check("<html><body><script>x()</script></body></html>".getBytes()));
        assertThat(item(items, Preflight.EDGAR_CHECK).severity()).isEqualTo(PreflightItem.Severity.BLOCKING);
        assertThat(item(items, Preflight.EDGAR_CHECK).message()).contains("script");
        assertThat(codes(Preflight.check(f, data, FilingSources.OpenWork.NONE, List.of()))).doesNotContain(Preflight.EDGAR_CHECK);
    }

    @Test
    void finalizationIsRefusedWithTheBlockingItemsAndAnOverrideFreezesItsReasonAndItems() {
        Filing f = draft(DefaultNarrative.create(), Registrants.allison());
        year.open = new FilingSources.OpenWork(0, Map.of(), 1, 0);
        assertThatThrownBy(() -> work.finalizeFiling(f, NOW, TODAY, "bob", null))
                .isInstanceOfSatisfying(FinalizeBlockedException.class, e -> assertThat(e.items())
                        .extracting(PreflightItem::code).containsExactly(Preflight.TEMPLATE_TEXT, Preflight.MATCH_REVIEWS));
        assertThat(f.isFinal()).isFalse();

        FilingWork.Finalized done = work.finalizeFiling(f, NOW, TODAY, "root", "Board deadline; open review is a duplicate spelling");
        assertThat(f.isFinal()).isTrue();
        assertThat(f.getOverrideReason()).isEqualTo("Board deadline; open review is a duplicate spelling");
        assertThat(PreflightJson.read(f.getOverriddenItems())).isEqualTo(done.overridden())
                .extracting(PreflightItem::code).containsExactly(Preflight.TEMPLATE_TEXT, Preflight.MATCH_REVIEWS);
        assertThat(work.preflight(f, TODAY)).as("a final version has no pre-flight").isEmpty();
    }

    @Test
    void theCoverPageIsNeverOverridden() {
        Filing f = draft(Narratives.filledIn(), null);
        assertThatThrownBy(() -> work.finalizeFiling(f, NOW, TODAY, "root", "we file tomorrow"))
                .isNotInstanceOf(FinalizeBlockedException.class).hasMessageStartingWith("Cannot finalize: missing");
        assertThat(f.isFinal()).isFalse();
    }
}
