package org.oretrace.filing.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.Arrays;
import java.util.List;

/** Pre-flight items as the JSON frozen with a version finalized despite them. */
public final class PreflightJson {

    private PreflightJson() {
    }

    public static String write(List<PreflightItem> items) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(items);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the pre-flight items", e);
        }
    }

    public static List<PreflightItem> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return Arrays.asList(jsonb.fromJson(json, PreflightItem[].class));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the pre-flight items", e);
        }
    }
}
