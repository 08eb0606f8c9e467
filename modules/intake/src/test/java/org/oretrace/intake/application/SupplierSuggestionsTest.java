package org.oretrace.intake.application;

import org.junit.jupiter.api.Test;
import org.oretrace.intake.application.SupplierSuggestions.Candidate;
import org.oretrace.intake.application.SupplierSuggestions.Sender;
import org.oretrace.intake.application.SupplierSuggestions.Suggestion;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.intake.infrastructure.CmrtReader;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.TemplateSmelterDirectory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which supplier a CMRT that came without one probably belongs to. */
class SupplierSuggestionsTest {

    private static final Candidate ACME = new Candidate(1, "S-100", "Acme Components Limited",
            List.of("ann.chen@acme.example", "orders@acme.example"));
    private static final Candidate ACME_METALS = new Candidate(2, "S-200", "Acme Metals",
            List.of("sales@acmemetals.example"));
    private static final Candidate TIN_WORKS = new Candidate(3, "S-300", "Tin Works GmbH",
            List.of("li.wei@gmail.com", "office@tinworks.de"));
    private static final List<Candidate> MASTER = List.of(ACME, ACME_METALS, TIN_WORKS);

    @Test
    void theContactsAddressInTheFileIsOneOfTheSuppliersContacts() {
        List<Suggestion> found = SupplierSuggestions.rank(new Sender("Unheard-of Name", "Ann.Chen@ACME.example", null, null),
                MASTER);
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.supplierId()).isEqualTo(1);
            assertThat(s.score()).isEqualTo(SupplierSuggestions.SAME_ADDRESS);
            assertThat(s.reasons()).containsExactly("ann.chen@acme.example is a contact of the supplier");
        });
    }

    @Test
    void theCompanyNameMatchesWhateverItsLegalFormCaseAndPunctuation() {
        for (String written : List.of("ACME Components Ltd.", "Acme Components Co., Ltd.", "acme  components",
                "ACME COMPONENTS LIMITED")) {
            List<Suggestion> found = SupplierSuggestions.rank(new Sender(written, null, null, null), MASTER);
            assertThat(found).as(written).extracting(Suggestion::supplierNumber).containsExactly("S-100");
            assertThat(found.get(0).reasons()).singleElement().asString().contains("'" + written.strip() + "'");
        }
        assertThat(SupplierSuggestions.rank(new Sender("Acme", null, null, null), MASTER))
                .as("a shorter name is another company").isEmpty();
        assertThat(SupplierSuggestions.rank(new Sender("Acme Components Europe B.V.", null, null, null), MASTER)).isEmpty();
    }

    @Test
    void anAddressAtTheSuppliersDomainOrASubdomainIsAWeakerHint() {
        List<Suggestion> colleague = SupplierSuggestions.rank(new Sender(null, "new.person@acme.example", null, null), MASTER);
        assertThat(colleague).singleElement().satisfies(s -> {
            assertThat(s.supplierNumber()).isEqualTo("S-100");
            assertThat(s.score()).isEqualTo(SupplierSuggestions.SAME_DOMAIN);
            assertThat(s.reasons().get(0)).startsWith("same email domain: new.person@acme.example (contact ");
        });
        assertThat(SupplierSuggestions.rank(new Sender(null, null, "bo@eu.tinworks.de", null), MASTER))
                .extracting(Suggestion::supplierNumber).containsExactly("S-300");
        assertThat(SupplierSuggestions.rank(new Sender(null, "x@acmemetals.example.org", null, null), MASTER))
                .as("a longer domain that only starts the same").isEmpty();
    }

    @Test
    void aPublicMailProviderSaysNothingAboutTheCompanyButAnExactAddressThereStillCounts() {
        assertThat(SupplierSuggestions.rank(new Sender(null, "somebody@gmail.com", null, null), MASTER)).isEmpty();
        assertThat(SupplierSuggestions.rank(new Sender(null, null, null, "Li Wei <li.wei@gmail.com>"), MASTER))
                .extracting(Suggestion::supplierNumber).containsExactly("S-300");
    }

    @Test
    void everyAddressOfACellOrMailHeaderIsRead() {
        assertThat(SupplierSuggestions.addresses("Ann Chen <Ann.Chen@acme.example>; orders@acme.example, n/a"))
                .containsExactly("ann.chen@acme.example", "orders@acme.example");
        assertThat(SupplierSuggestions.addresses("same")).isEmpty();
        assertThat(SupplierSuggestions.addresses(null)).isEmpty();
    }

    @Test
    void theBestFitComesFirstAndEvidenceAddsUp() {
        Candidate namesake = new Candidate(4, "S-400", "Acme Components Ltd", List.of("info@acme-components.example"));
        List<Suggestion> found = SupplierSuggestions.rank(new Sender("ACME Components Ltd.", "ann.chen@acme.example",
                "boss@acmemetals.example", null), List.of(namesake, ACME_METALS, ACME, TIN_WORKS));
        assertThat(found).extracting(Suggestion::supplierNumber).containsExactly("S-100", "S-400", "S-200");
        assertThat(found.get(0).score()).isEqualTo(SupplierSuggestions.SAME_NAME + SupplierSuggestions.SAME_ADDRESS);
        assertThat(found.get(0).reasons()).hasSize(2);
        assertThat(found.get(1).score()).isEqualTo(SupplierSuggestions.SAME_NAME);
        assertThat(found.get(2).score()).isEqualTo(SupplierSuggestions.SAME_DOMAIN);
    }

    @Test
    void aRealCmrtReadByIntakeGivesItsCompanyAndAddresses() {
        Declaration d = new Declaration(new StoredFile(new byte[]{1}, "cmrt.xlsx", Instant.EPOCH, "mailbox", Channel.MAILBOX),
                "cmrt.xlsx", Channel.MAILBOX, Instant.EPOCH, "mailbox");
        d.arrivedByMail("Compliance Desk <desk@tinworks.de>", "CMRT 2024", Instant.EPOCH);
        new DeclarationReading(new CmrtReader(), new TemplateSmelterDirectory("6.5")).read(d,
                CmrtFile.of("6.5").set("D8", "Tin-Works GmbH & Co. KG").set("D16", "nobody@elsewhere.example")
                        .set("D20", "bo.martin@acme.example").toBytes(), LocalDate.of(2025, 6, 1), Instant.EPOCH);

        List<Suggestion> found = SupplierSuggestions.rank(new Sender(d.getCompany().getName(),
                d.getCompany().getContactEmail(), d.getCompany().getAuthorizerEmail(), d.getMailFrom()), MASTER);
        assertThat(found).extracting(Suggestion::supplierNumber).containsExactly("S-300", "S-100");
        assertThat(found.get(0).reasons()).hasSize(2).anySatisfy(r -> assertThat(r).contains("desk@tinworks.de"));
    }
}
