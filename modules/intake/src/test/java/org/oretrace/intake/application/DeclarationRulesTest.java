package org.oretrace.intake.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.RejectionCode;
import org.oretrace.intake.domain.RiskOutcome;
import org.oretrace.intake.domain.RiskReview;
import org.oretrace.intake.domain.Severity;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.intake.infrastructure.CmrtReader;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.CmrtFile.SmelterLine;
import org.oretrace.intake.testing.Repackage;
import org.oretrace.intake.testing.TemplateLookup;
import org.oretrace.intake.testing.TemplateSmelterDirectory;
import org.oretrace.intake.testing.Templates;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Metal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every rule, each on a real template filled to break it. */
class DeclarationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");

    private TemplateSmelterDirectory directory = new TemplateSmelterDirectory("6.5");

    static Stream<String> versions() {
        return Templates.CMRT_VERSIONS.stream();
    }

    @ParameterizedTest
    @MethodSource("versions")
    void aCompleteDeclarationIsAcceptedWithoutFindings(String version) {
        directory = new TemplateSmelterDirectory(version);
        Declaration d = evaluate(CmrtFile.of(version).language(version.equals("6.4") ? "Japanese" : "English"));
        assertThat(d.getFindings()).isEmpty();
        assertThat(d.getStatus()).isEqualTo(DeclarationStatus.ACCEPTED);
        assertThat(d.getSmelters()).singleElement().satisfies(row -> {
            assertThat(row.getMatchMethod()).isEqualTo("SMELTER_ID");
            assertThat(row.getResolvedSmelterId()).isEqualTo(TemplateLookup.smelters(version, "Tin", 1).get(0).smelterId());
        });
    }

    @Test
    void requiredCompanyFieldsAsTheCheckerWantsThem() {
        Declaration d = evaluate(CmrtFile.of("6.5").set("D8", null).set("D9", null).set("D15", null).set("D16", null)
                .set("D17", null).set("D18", null).set("D20", null).set("D22", null));
        assertThat(cells(d, FindingCode.MISSING_REQUIRED_FIELD))
                .containsExactlyInAnyOrder("D8", "D9", "D15", "D16", "D17", "D18", "D20", "D22");
        assertThat(d.getStatus()).isEqualTo(DeclarationStatus.NEEDS_FOLLOW_UP);
    }

    @Test
    void invalidEmailAndNotAvailableAsTheCheckerSeesThem() {
        // the Instructions allow "n/a", the Checker wants an "@": Oretrace follows the Checker
        Declaration d = evaluate(CmrtFile.of("6.4").set("D16", "ann.chen at acme").set("D20", "n/a"));
        assertThat(d.getFindings()).extracting(Finding::getCode).containsOnly(FindingCode.INVALID_EMAIL);
        assertThat(d.getFindings()).extracting(Finding::getCell).containsExactlyInAnyOrder("D16", "D20");
        assertThat(d.getFindings()).allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(Severity.ERROR));
        assertThat(d.getFindings().get(0).getMessage()).contains("ann.chen at acme");
        assertThat(only(evaluate(CmrtFile.of("6.4").set("D16", "ann@acme")), FindingCode.INVALID_EMAIL).getMessage())
                .as("an '@' satisfies the Checker, but the address is still no address").contains("not a valid email");
    }

    @Test
    void effectiveDateInTheFutureOrUnreadable() {
        assertThat(only(evaluate(CmrtFile.of("6.31").set("D22", LocalDate.of(2025, 12, 1))),
                FindingCode.FUTURE_EFFECTIVE_DATE).getCell()).isEqualTo("D22");
        assertThat(only(evaluate(CmrtFile.of("6.31").set("D22", "sometime in spring")), FindingCode.INVALID_DATE)
                .getMessage()).contains("sometime in spring");
    }

    @Test
    void anEffectiveDateThatDoesNotExistIsAFindingNotTheNearestDay() {
        for (String impossible : new String[]{"2024-02-30", "2023-02-29", "30-Feb-2024", "31.04.2024"}) {
            Declaration d = evaluate(CmrtFile.of("6.5").set("D22", impossible));
            assertThat(only(d, FindingCode.INVALID_DATE).getMessage()).as(impossible).contains(impossible);
            assertThat(d.getCompany().getEffectiveDate()).as(impossible).isNull();
        }
        assertThat(evaluate(CmrtFile.of("6.5").set("D22", "2024-02-29")).getCompany().getEffectiveDate())
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void effectiveDateOlderThanTheReportingYearAskedFor() {
        Declaration d = evaluate(CmrtFile.of("6.5").set("D22", "15-Mar-2024"), 2025, null);
        assertThat(only(d, FindingCode.STALE_EFFECTIVE_DATE).getMessage()).contains("2025");
        assertThat(evaluate(CmrtFile.of("6.5").set("D22", "15-Mar-2024"), 2024, null).getFindings()).isEmpty();
    }

    @Test
    void productScopeWithoutProducts() {
        Finding f = only(evaluate(CmrtFile.of("6.22").noProducts()), FindingCode.SCOPE_PRODUCTS_MISSING);
        assertThat(f.place()).isEqualTo("'Product List'!B6");
    }

    @Test
    void userDefinedScopeWithoutDescription() {
        assertThat(only(evaluate(CmrtFile.of("6.1").set("D9", CmrtFile.USER_DEFINED_C)),
                FindingCode.SCOPE_DESCRIPTION_MISSING).getCell()).isEqualTo("D10");
        assertThat(evaluate(CmrtFile.of("6.1").set("D9", CmrtFile.USER_DEFINED_C)
                .set("D10", "All connectors of division X")).getFindings()).isEmpty();
    }

    @Test
    void companyLevelScopeIsAWarning() {
        Declaration d = evaluate(CmrtFile.of("6.5").set("D9", CmrtFile.COMPANY_A).noProducts());
        assertThat(only(d, FindingCode.COMPANY_LEVEL_DECLARATION).getSeverity()).isEqualTo(Severity.WARNING);
        assertThat(d.getStatus()).isEqualTo(DeclarationStatus.ACCEPTED);
    }

    @Test
    void missingAnswersAsTheCheckerRequiresThem() {
        Declaration d = evaluate(CmrtFile.of("6.5").answer(2, Metal.GOLD, null).answer(4, Metal.TIN, null)
                .answer(5, Metal.TANTALUM, null).companyAnswer('C', null, null));
        assertThat(cells(d, FindingCode.MISSING_ANSWER))
                .as("Q2 not after Q1 'No' (gold); Q4 for declared tin; nothing for undeclared tantalum; C because a metal is in scope")
                .containsExactlyInAnyOrder("D45", "D79");
    }

    @Test
    void usedInTheProcessOnlyIsOutOfScopeNotMissing() {
        Declaration d = evaluate(CmrtFile.of("6.5").answer(1, Metal.GOLD, "Yes").answer(2, Metal.GOLD, "No"));
        Finding f = only(d, FindingCode.OUT_OF_SCOPE_METAL);
        assertThat(f.getSeverity()).isEqualTo(Severity.INFO);
        assertThat(f.getCell()).isEqualTo("D34");
        assertThat(f.getMessage()).contains("Gold").contains("out of scope");
        assertThat(d.getFindings()).extracting(Finding::getCode).containsExactly(FindingCode.OUT_OF_SCOPE_METAL);
        assertThat(d.getStatus()).isEqualTo(DeclarationStatus.ACCEPTED);
    }

    @Test
    void aMetalWithoutQuestionOneNeedsEverythingAsTheCheckerSays() {
        CmrtFile file = CmrtFile.of("6.5").answer(1, Metal.GOLD, null).answer(2, Metal.GOLD, null);
        Declaration d = evaluate(file);
        assertThat(cells(d, FindingCode.MISSING_ANSWER))
                .containsExactlyInAnyOrder("D28", "D34", "D40", "D46", "D52", "D58", "D64", "D70");
        assertThat(only(d, FindingCode.METAL_WITHOUT_SMELTERS).getCell()).isEqualTo("D28");
    }

    @Test
    void laterAnswersCountOnlyAfterQuestionsOneAndTwoSayYes() {
        Declaration d = evaluate(CmrtFile.of("6.5").answer(2, Metal.TIN, null));
        assertThat(cells(d, FindingCode.MISSING_ANSWER)).as("Q2 missing; Q3–Q8 answered but not counted by the Checker")
                .containsExactlyInAnyOrder("D33", "D39", "D45", "D51", "D57", "D63", "D69");
        assertThat(d.getFindings()).filteredOn(f -> "D39".equals(f.getCell())).singleElement()
                .satisfies(f -> assertThat(f.getMessage()).contains("answer questions 1 and 2 first"));
    }

    @Test
    void companyQuestionsAreNotRequiredWhenNoMetalIsUsed() {
        CmrtFile file = CmrtFile.of("6.5").noSmelters();
        for (int q = 1; q <= 8; q++) {
            file.answer(q, Metal.TIN, q <= 2 ? "No" : null);
        }
        for (char q = 'A'; q <= 'H'; q++) {
            file.companyAnswer(q, null, null);
        }
        assertThat(evaluate(file).getFindings()).isEmpty();
    }

    @Test
    void answersOutsideTheTemplatesLists() {
        Declaration d = evaluate(CmrtFile.of("6.4").answer(1, Metal.TIN, "Maybe").answer(6, Metal.TIN, "80%")
                .companyAnswer('E', "Yes", null));
        assertThat(d.getFindings().stream().filter(f -> f.getCode() == FindingCode.INVALID_ANSWER
                && f.getSeverity() == Severity.ERROR).map(Finding::getCell)).containsExactlyInAnyOrder("D27", "D57", "D83");
    }

    @Test
    void prefilledAnswersOfTheBlank631ContradictAMetalAnsweredNo() {
        Declaration d = evaluate(CmrtFile.of("6.31").keepPrefilled());
        assertThat(d.getFindings()).filteredOn(f -> f.getCode() == FindingCode.INVALID_ANSWER)
                .extracting(Finding::getCell).contains("D38", "D44", "D50", "D56", "D62", "D68")
                .allSatisfy(cell -> assertThat(cell).isNotNull());
    }

    @Test
    void sameInsteadOfAPerson() {
        assertThat(only(evaluate(CmrtFile.of("6.5").set("D18", "Same")), FindingCode.CONTACT_SAME).getCell())
                .isEqualTo("D18");
    }

    @Test
    void declaredMetalWithoutSmelters() {
        Finding f = only(evaluate(CmrtFile.of("6.5").declare(Metal.GOLD)), FindingCode.METAL_WITHOUT_SMELTERS);
        assertThat(f.getCell()).isEqualTo("D28");
        assertThat(f.getMessage()).contains("Gold");
    }

    @Test
    void smeltersForAMetalNotDeclared() {
        String tungsten = TemplateLookup.smelters("6.5", "Tungsten", 1).get(0).lookupName();
        Declaration d = evaluate(CmrtFile.of("6.5").smelter(SmelterLine.byLookup("Tungsten", tungsten)));
        Finding f = only(d, FindingCode.SMELTERS_FOR_UNDECLARED_METAL);
        assertThat(f.place()).isEqualTo("'Smelter List'!B6");
        assertThat(f.getSeverity()).as("a contradiction inside the file: the supplier corrects it").isEqualTo(Severity.ERROR);
        assertThat(d.getStatus()).isEqualTo(DeclarationStatus.NEEDS_FOLLOW_UP);
        Declaration processOnly = evaluate(CmrtFile.of("6.5").answer(1, Metal.TUNGSTEN, "Yes").answer(2, Metal.TUNGSTEN, "No")
                .smelter(SmelterLine.byLookup("Tungsten", tungsten)));
        assertThat(only(processOnly, FindingCode.SMELTERS_FOR_UNDECLARED_METAL).getSeverity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void lookUpNameOfAnotherMetal() {
        String gold = TemplateLookup.smelters("6.5", "Gold", 1).get(0).lookupName();
        Finding f = only(evaluate(CmrtFile.of("6.5").smelter(SmelterLine.byLookup("Tin", gold))),
                FindingCode.METAL_LOOKUP_MISMATCH);
        assertThat(f.place()).isEqualTo("'Smelter List'!C6");
    }

    @Test
    void smelterNotListedWithoutCountry() {
        Finding f = only(evaluate(CmrtFile.of("6.5").smelter(SmelterLine.notListed("Tin", "Mystery Tin Works", null))),
                FindingCode.NOT_LISTED_INCOMPLETE);
        assertThat(f.getCell()).isEqualTo("E6");
    }

    @Test
    void unknownSmelterId() {
        Declaration d = evaluate(CmrtFile.of("6.5").smelter(SmelterLine.byId("CID999999")));
        assertThat(only(d, FindingCode.UNKNOWN_SMELTER_ID).getCell()).isEqualTo("A6");
        assertThat(d.getStatus()).isEqualTo(DeclarationStatus.NEEDS_FOLLOW_UP);
    }

    @Test
    void smelterIdOfAnotherMetal() {
        String goldId = TemplateLookup.smelters("6.5", "Gold", 1).get(0).smelterId();
        Declaration d = evaluate(CmrtFile.of("6.5").smelter(new SmelterLine(goldId, "Tin", null, null, null, null)));
        assertThat(only(d, FindingCode.SMELTER_ID_METAL_MISMATCH).getCell()).isEqualTo("B6");
    }

    @Test
    void unresolvedSmelterGoesToTheRegistrysReviewQueue() {
        DeclarationReading reading = new DeclarationReading(new CmrtReader(), directory);
        Declaration d = declaration();
        List<?> unresolved = reading.read(d, CmrtFile.of("6.5")
                .smelter(SmelterLine.notListed("Tin", "Obscure Tin Smelting Co", "BOLIVIA")).toBytes(), TODAY, NOW);
        assertThat(only(d, FindingCode.UNRESOLVED_SMELTER).getMessage()).contains("Obscure Tin Smelting Co");
        assertThat(unresolved).hasSize(1);
        assertThat(d.getSmelters().get(1).getMatchMethod()).isEqualTo("UNRESOLVED");
    }

    @Test
    void smelterNotYetIdentified() {
        Declaration d = evaluate(CmrtFile.of("6.5").smelter(SmelterLine.byLookup("Tin", "Smelter not yet identified")));
        assertThat(only(d, FindingCode.SMELTER_NOT_YET_IDENTIFIED).getSeverity()).isEqualTo(Severity.WARNING);
        assertThat(d.getStatus()).isEqualTo(DeclarationStatus.RISK_REVIEW);
        assertThat(d.getSmelters().get(1).getMatchMethod()).isEqualTo("NOT_YET_IDENTIFIED");
    }

    @Test
    void sameSmelterTwice() {
        String tinId = TemplateLookup.smelters("6.5", "Tin", 1).get(0).smelterId();
        assertThat(only(evaluate(CmrtFile.of("6.5").smelter(SmelterLine.byId(tinId.replace("CID00", "cid")))),
                FindingCode.DUPLICATE_SMELTER).getMessage()).contains("row 5");
    }

    @Test
    void incompleteSmelterListCoveredCountriesAndLowResponseAreWarnings() {
        Declaration d = evaluate(CmrtFile.of("6.5").answer(7, Metal.TIN, "No").answer(3, Metal.TIN, "Yes")
                .answer(6, Metal.TIN, "50% or less"));
        assertThat(only(d, FindingCode.INCOMPLETE_SMELTER_LIST).getCell()).isEqualTo("D63");
        assertThat(only(d, FindingCode.COVERED_COUNTRY_SOURCING).getCell()).isEqualTo("D39");
        assertThat(only(d, FindingCode.LOW_SUPPLIER_RESPONSE).getCell()).isEqualTo("D57");
        assertThat(d.warningCount()).isEqualTo(3);
        assertThat(d.redFlags()).extracting(Finding::getCode).containsExactlyInAnyOrder(
                FindingCode.INCOMPLETE_SMELTER_LIST, FindingCode.COVERED_COUNTRY_SOURCING);
        assertThat(d.getStatus()).as("red flags wait for a person's assessment").isEqualTo(DeclarationStatus.RISK_REVIEW);
    }

    @Test
    void policyAvailableWithoutAUrl() {
        Declaration noAddress = evaluate(CmrtFile.of("6.5").companyAnswer('B', "Yes", "see our website"));
        assertThat(only(noAddress, FindingCode.POLICY_URL_MISSING)).satisfies(f -> {
            assertThat(f.getCell()).isEqualTo("G77");
            assertThat(f.getSeverity()).as("the Checker is content with any text").isEqualTo(Severity.WARNING);
        });
        assertThat(noAddress.getStatus()).isEqualTo(DeclarationStatus.ACCEPTED);
        Declaration empty = evaluate(CmrtFile.of("6.5").companyAnswer('B', "Yes", "x"));
        assertThat(only(empty, FindingCode.POLICY_URL_MISSING).getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(evaluate(CmrtFile.of("6.5").companyAnswer('B', "Yes", "www.acme.example/policy")).getFindings())
                .isEmpty();
    }

    @Test
    void recycledClaimContradictedBySmelterRow() {
        String tin = TemplateLookup.smelters("6.5", "Tin", 2).get(1).smelterId();
        Declaration d = evaluate(CmrtFile.of("6.5").answer(5, Metal.TIN, "Yes")
                .smelter(SmelterLine.byId(tin).recycled("No")));
        assertThat(only(d, FindingCode.RECYCLED_CLAIM_INCONSISTENT).getMessage()).contains("row 6");
    }

    @Test
    void recycledClaimContradictedByTheRegistry() {
        String tin = TemplateLookup.smelters("6.5", "Tin", 1).get(0).smelterId();
        directory.recycler(tin, false);
        assertThat(only(evaluate(CmrtFile.of("6.5").answer(5, Metal.TIN, "Yes")),
                FindingCode.RECYCLED_CLAIM_INCONSISTENT).getMessage()).contains("not a recycler");
    }

    @Test
    void recycledClaimThatNoRowConfirms() {
        List<String> tin = TemplateLookup.smelters("6.5", "Tin", 3).stream().map(e -> e.smelterId()).toList();
        Finding f = only(evaluate(CmrtFile.of("6.5").answer(5, Metal.TIN, "Yes")
                .smelter(SmelterLine.byId(tin.get(1)).recycled("Yes"))
                .smelter(SmelterLine.byId(tin.get(2)))), FindingCode.RECYCLED_CLAIM_INCONSISTENT);
        assertThat(f.getMessage()).contains("for rows 5 and 7 neither column P nor our smelter registry")
                .doesNotContain("row 6");
        assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
        assertThat(f.place()).isEqualTo("Declaration!D51");
    }

    @Test
    void recycledClaimConfirmedByColumnPOrByTheRegistry() {
        List<String> tin = TemplateLookup.smelters("6.5", "Tin", 2).stream().map(e -> e.smelterId()).toList();
        directory.recycler(tin.get(0), true);
        Declaration d = evaluate(CmrtFile.of("6.5").answer(5, Metal.TIN, "Yes")
                .smelter(SmelterLine.byId(tin.get(1)).recycled("Yes")));
        assertThat(d.getFindings()).isEmpty();
        assertThat(d.getStatus()).isEqualTo(DeclarationStatus.ACCEPTED);
    }

    @Test
    void recycledClaimListsEveryContradiction() {
        List<String> tin = TemplateLookup.smelters("6.5", "Tin", 4).stream().map(e -> e.smelterId()).toList();
        directory.recycler(tin.get(0), true).recycler(tin.get(3), false);
        Finding f = only(evaluate(CmrtFile.of("6.5").answer(5, Metal.TIN, "Yes")
                .smelter(SmelterLine.byId(tin.get(1)).recycled("No"))
                .smelter(SmelterLine.byId(tin.get(2)).recycled("no"))
                .smelter(SmelterLine.byId(tin.get(3)).recycled("Yes"))), FindingCode.RECYCLED_CLAIM_INCONSISTENT);
        assertThat(f.getMessage()).contains("rows 6 and 7 say the smelter is not 100% recycled or scrap (column P)")
                .contains("row 8 names a smelter that is not a recycler of Tin").doesNotContain("neither");
    }

    @Test
    void sanctionedSmelter() {
        String tin = TemplateLookup.smelters("6.5", "Tin", 1).get(0).smelterId();
        directory.sanction(tin);
        Declaration d = evaluate(CmrtFile.of("6.5"));
        assertThat(only(d, FindingCode.SANCTIONED_SMELTER).place()).isEqualTo("'Smelter List'!A5");
        assertThat(d.getStatus()).isEqualTo(DeclarationStatus.RISK_REVIEW);
    }

    @Test
    void olderTemplateThanTheCampaignAskedFor() {
        directory = new TemplateSmelterDirectory("6.22");
        Declaration d = evaluate(CmrtFile.of("6.22"), null, "6.4");
        assertThat(only(d, FindingCode.OUTDATED_TEMPLATE).getMessage()).contains("6.22").contains("6.4");
        assertThat(evaluate(CmrtFile.of("6.22"), null, "6.1").getFindings()).isEmpty();
    }

    @Test
    void macroEnabledWorkbookIsNoted() {
        Declaration d = declaration();
        new DeclarationReading(new CmrtReader(), directory).read(d, Repackage.asXlsm(CmrtFile.of("6.5").toBytes()),
                TODAY, NOW);
        assertThat(only(d, FindingCode.MACRO_ENABLED_WORKBOOK).getSeverity()).isEqualTo(Severity.INFO);
        assertThat(d.getStatus()).isEqualTo(DeclarationStatus.ACCEPTED);
    }

    @Test
    void unreadableFileIsRejectedAndAPersonCanAcceptAReadOneDespiteFindings() {
        Declaration rejected = declaration();
        new DeclarationReading(new CmrtReader(), directory).read(rejected, Templates.bytes("RMI_EMRT_2.1.xlsx"), TODAY, NOW);
        assertThat(rejected.getStatus()).isEqualTo(DeclarationStatus.REJECTED);
        assertThat(rejected.getRejectionCode()).isEqualTo(RejectionCode.OTHER_RMI_TEMPLATE);
        assertThatThrownBy(() -> rejected.acceptDespiteFindings("carol", "ok", NOW))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("Only a declaration that was read");

        Declaration followUp = evaluate(CmrtFile.of("6.5").set("D16", "nobody"));
        assertThat(followUp.getStatus()).isEqualTo(DeclarationStatus.NEEDS_FOLLOW_UP);
        assertThatThrownBy(() -> followUp.acceptDespiteFindings("carol", " ", NOW))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("A reason is required");
        followUp.acceptDespiteFindings("carol", "Confirmed the address by phone", NOW);
        assertThat(followUp.getStatus()).isEqualTo(DeclarationStatus.ACCEPTED);
        assertThat(followUp.getFindings()).hasSize(1);
    }

    @Test
    void smelterInACoveredCountryIsARedFlag() {
        var covered = TemplateLookup.of("6.5").stream().filter(e -> e.smelterId() != null && "Tin".equals(e.metal())
                && RedFlags.covered(e.country())).findFirst().orElseThrow();
        Declaration d = evaluate(CmrtFile.of("6.5").smelter(SmelterLine.byId(covered.smelterId())));
        assertThat(only(d, FindingCode.COVERED_COUNTRY_SMELTER)).satisfies(f -> {
            assertThat(f.place()).isEqualTo("'Smelter List'!A6");
            assertThat(f.getMessage()).contains(covered.smelterId());
        });
        assertThat(d.getStatus()).isEqualTo(DeclarationStatus.RISK_REVIEW);
    }

    @Test
    void theRiskReviewDecidesAndOutlivesAnotherReading() {
        CmrtFile flagged = CmrtFile.of("6.5").answer(3, Metal.TIN, "Yes");
        Declaration d = evaluate(flagged);
        assertThat(d.getStatus()).isEqualTo(DeclarationStatus.RISK_REVIEW);
        assertThatThrownBy(() -> d.acceptDespiteFindings("carol", "fine", NOW)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("risk review");
        assertThatThrownBy(() -> d.reviewRisk(RiskOutcome.ACCEPTED_WITH_REASON, " ", "carol", NOW))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("assessment");
        d.reviewRisk(RiskOutcome.ESCALATED, "Rwanda sourcing: to the steering committee", "carol", NOW);
        assertThat(d.getStatus()).isEqualTo(DeclarationStatus.RISK_REVIEW);
        d.reviewRisk(RiskOutcome.ACCEPTED_WITH_REASON, "The smelter is RMAP conformant", "dave", NOW.plusSeconds(60));
        assertThat(d.getStatus()).isEqualTo(DeclarationStatus.ACCEPTED);
        assertThat(d.getRiskReviews()).extracting(RiskReview::getReviewedBy).containsExactly("carol", "dave");
        assertThat(d.latestRiskReview().orElseThrow().getRedFlags()).isEqualTo(1);
        assertThatThrownBy(() -> d.reviewRisk(RiskOutcome.ESCALATED, "again", "carol", NOW))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already accepted");

        new DeclarationReading(new CmrtReader(), directory).read(d, flagged.toBytes(), TODAY, NOW);
        assertThat(d.getStatus()).as("the assessment holds for the same file read again").isEqualTo(DeclarationStatus.ACCEPTED);

        Declaration asked = evaluate(flagged);
        asked.reviewRisk(RiskOutcome.ASKED_SUPPLIER, "Which smelter sources from Rwanda?", "carol", NOW);
        assertThat(asked.getStatus()).isEqualTo(DeclarationStatus.NEEDS_FOLLOW_UP);
        assertThat(asked.awaitsRiskReview()).as("the answer may come by mail: a later review can accept").isTrue();
    }

    @Test
    void redFlagsAreReviewedOnlyOnceTheSuppliersErrorsAreResolved() {
        Declaration d = evaluate(CmrtFile.of("6.5").answer(3, Metal.TIN, "Yes").set("D16", "nobody"));
        assertThat(d.getStatus()).isEqualTo(DeclarationStatus.NEEDS_FOLLOW_UP);
        assertThatThrownBy(() -> d.reviewRisk(RiskOutcome.ACCEPTED_WITH_REASON, "ok", "carol", NOW))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("errors");
        d.acceptDespiteFindings("carol", "Address confirmed by phone", NOW);
        assertThat(d.getStatus()).as("accepting the error leaves the red flag to review").isEqualTo(DeclarationStatus.RISK_REVIEW);
        Declaration clean = evaluate(CmrtFile.of("6.5"));
        assertThatThrownBy(() -> clean.reviewRisk(RiskOutcome.ESCALATED, "why", "carol", NOW))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("no red flags");
    }

    private Declaration evaluate(CmrtFile file) {
        return evaluate(file, null, null);
    }

    private Declaration evaluate(CmrtFile file, Integer year, String expectedVersion) {
        Declaration d = declaration();
        d.linkTo(null, year, expectedVersion);
        new DeclarationReading(new CmrtReader(), directory).read(d, file.toBytes(), TODAY, NOW);
        assertThat(d.getRejectionCode()).isNull();
        return d;
    }

    private static Declaration declaration() {
        StoredFile file = new StoredFile(new byte[]{1}, "cmrt.xlsx", NOW, "alice", Channel.UPLOAD);
        return new Declaration(file, "cmrt.xlsx", Channel.UPLOAD, NOW, "alice");
    }

    private static Finding only(Declaration d, FindingCode code) {
        List<Finding> found = d.getFindings().stream().filter(f -> f.getCode() == code).toList();
        assertThat(found).as("findings %s in %s", code, d.getFindings()).hasSize(1);
        return found.get(0);
    }

    private static List<String> cells(Declaration d, FindingCode code) {
        return d.getFindings().stream().filter(f -> f.getCode() == code).map(Finding::getCell).toList();
    }
}
