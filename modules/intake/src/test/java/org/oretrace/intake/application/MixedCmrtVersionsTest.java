package org.oretrace.intake.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oretrace.intake.domain.Channel;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.Finding;
import org.oretrace.intake.domain.FindingCode;
import org.oretrace.intake.domain.SmelterRow;
import org.oretrace.intake.domain.StoredFile;
import org.oretrace.intake.infrastructure.CmrtReader;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.CmrtFile.SmelterLine;
import org.oretrace.intake.testing.LookupEntry;
import org.oretrace.intake.testing.TemplateLookup;
import org.oretrace.intake.testing.TemplateSmelterDirectory;
import org.oretrace.intake.testing.Templates;
import org.oretrace.kernel.Metal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's "done when": a realistic mix of supplier files on CMRT 6.01 to 6.5, each naming smelters from its own
 * version's look-up sheet (every smelter of that list, by one of its look-up names, smelters later lists dropped
 * included), read through the real intake path (reader, rules, the registry's matcher over the names of all
 * versions): every row resolves to the ID the template's own look-up gives it, with no UNKNOWN_SMELTER_ID or
 * METAL_LOOKUP_MISMATCH.
 */
class MixedCmrtVersionsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
    private static final Set<FindingCode> WRONG = Set.of(FindingCode.UNKNOWN_SMELTER_ID, FindingCode.METAL_LOOKUP_MISMATCH,
            FindingCode.SMELTER_ID_METAL_MISMATCH, FindingCode.UNRESOLVED_SMELTER);
    private static final TemplateSmelterDirectory WHOLE_HISTORY = TemplateSmelterDirectory.ofVersions(Templates.CMRT_VERSIONS);

    static Stream<String> versions() {
        return Templates.CMRT_VERSIONS.stream();
    }

    @ParameterizedTest
    @MethodSource("versions")
    void everySmelterOfAFilesOwnLookupResolvesToItsId(String version) {
        Map<Integer, String> expected = new LinkedHashMap<>();
        Declaration d = read(fileNamingEverySmelterOf(version, expected), WHOLE_HISTORY);

        assertThat(d.getFindings().stream().filter(f -> WRONG.contains(f.getCode())).map(Finding::getMessage))
                .as("CMRT %s", version).isEmpty();
        // a good file of every version has no error finding (warnings such as red flags may remain)
        assertThat(d.getFindings().stream().filter(f -> f.getSeverity() == org.oretrace.intake.domain.Severity.ERROR)
                .map(f -> f.getCode() + ": " + f.getMessage())).as("CMRT %s errors", version).isEmpty();
        Map<Integer, String> resolved = d.getSmelters().stream().filter(r -> r.getResolvedSmelterId() != null)
                .collect(Collectors.toMap(SmelterRow::getRow, SmelterRow::getResolvedSmelterId));
        assertThat(resolved).as("CMRT %s: row → smelter ID", version).isEqualTo(expected);
        long dropped = expected.values().stream().filter(id -> !listedIn("6.5", id)).count();
        System.out.printf("CMRT %s: %d rows resolved, %d of smelters no longer in 6.5%n", version, resolved.size(), dropped);
        if (!version.equals("6.5")) {
            assertThat(dropped).as("CMRT %s names smelters later lists dropped", version).isPositive();
        }
    }

    @Test
    void withOnlyTheNewestListTheOldestFilesLeaveRowsUnresolved() {
        Map<Integer, String> expected = new LinkedHashMap<>();
        Declaration d = read(fileNamingEverySmelterOf("6.01", expected), new TemplateSmelterDirectory("6.5"));
        long unresolved = d.getSmelters().stream().filter(r -> r.getResolvedSmelterId() == null).count();
        // what issue 13 reported: a registry that knows only 6.5 cannot resolve the smelters 6.5 dropped
        assertThat(unresolved).isGreaterThanOrEqualTo(expected.values().stream().filter(id -> !listedIn("6.5", id)).count());
    }

    /** One row per smelter ID of the version's look-up, by one of its look-up names (a different one from row to row). */
    private static CmrtFile fileNamingEverySmelterOf(String version, Map<Integer, String> expected) {
        CmrtFile file = CmrtFile.of(version).noSmelters();
        for (Metal metal : List.of(Metal.TANTALUM, Metal.TIN, Metal.GOLD, Metal.TUNGSTEN)) {
            file.declare(metal);
        }
        Map<String, List<LookupEntry>> byId = new LinkedHashMap<>();
        for (LookupEntry e : TemplateLookup.of(version)) {
            if (e.smelterId() != null) {
                byId.computeIfAbsent(e.smelterId(), k -> new ArrayList<>()).add(e);
            }
        }
        int row = 5;
        int k = 0;
        for (Map.Entry<String, List<LookupEntry>> e : byId.entrySet()) {
            LookupEntry chosen = e.getValue().get(k++ % e.getValue().size());
            file.smelter(SmelterLine.byLookup(chosen.metal(), chosen.lookupName()));
            expected.put(row++, e.getKey());
        }
        return file;
    }

    private static boolean listedIn(String version, String smelterId) {
        return TemplateLookup.of(version).stream().anyMatch(e -> smelterId.equals(e.smelterId()));
    }

    private static Declaration read(CmrtFile file, SmelterDirectory directory) {
        StoredFile stored = new StoredFile(new byte[]{1}, "cmrt.xlsx", NOW, "alice", Channel.UPLOAD);
        Declaration d = new Declaration(stored, "cmrt.xlsx", Channel.UPLOAD, NOW, "alice");
        new DeclarationReading(new CmrtReader(), directory).read(d, file.toBytes(), TODAY, NOW);
        assertThat(d.getRejectionCode()).isNull();
        return d;
    }
}
