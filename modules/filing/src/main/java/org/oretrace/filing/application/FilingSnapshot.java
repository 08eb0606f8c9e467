package org.oretrace.filing.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import org.oretrace.filing.domain.AnnexA;
import org.oretrace.filing.domain.FilingFacts;

import java.util.List;

/**
 * What a finalized filing stated, kept as JSON with it: the facts and the Annex A rows. Read back instead of
 * recomputing, so later data changes never alter a finalized filing.
 */
public record FilingSnapshot(FilingFacts facts, List<AnnexA.Row> annexA, boolean withRmapStatus, boolean withUnresolved) {

    public static FilingSnapshot of(FilingFacts facts, AnnexA annex) {
        return new FilingSnapshot(facts, annex.rows(), annex.withRmapStatus(), annex.withUnresolved());
    }

    public AnnexA annex() {
        return new AnnexA(annexA, withRmapStatus, withUnresolved);
    }

    public String toJson() {
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(false))) {
            return jsonb.toJson(this);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the filing snapshot", e);
        }
    }

    public static FilingSnapshot fromJson(String json) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(json, FilingSnapshot.class);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the filing snapshot", e);
        }
    }
}
