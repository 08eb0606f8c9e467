package org.oretrace.filing.api;

import org.oretrace.filing.application.FilingGenerations;
import org.oretrace.filing.domain.FilingGeneration;

import java.time.Instant;
import java.util.List;

/**
 * A generation of a filing's documents as the API shows it.
 *
 * @param started true when this request started it, false when it was already running (on any node) or is an
 *                earlier one looked up
 * @param files   the documents (name, size, SHA-256) once finished
 */
public record GenerationJson(long id, int reportingYear, int filingVersion, String state, int progress, boolean started,
                             String startedBy, Instant startedAt, Instant finishedAt, String message, List<File> files) {

    public record File(String name, long size, String sha256) {
    }

    static GenerationJson of(FilingGeneration g, int year, int version, boolean started, List<FilingGenerations.FileSummary> files) {
        return new GenerationJson(g.getId(), year, version, g.getState().name(), g.isRunning() ? g.getProgress() : 100, started,
                g.getStartedBy(), g.getStartedAt(), g.getFinishedAt(), g.getMessage(),
                files.stream().map(f -> new File(f.fileName(), f.byteSize(), f.sha256())).toList());
    }
}
