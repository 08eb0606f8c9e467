package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oretrace.intake.infrastructure.CmrtReader;

import java.util.Optional;

/** Intake's configuration (MicroProfile Config, keys oretrace.intake.*). */
@ApplicationScoped
public class IntakeSettings {

    @Inject
    @ConfigProperty(name = "oretrace.intake.max-file-bytes", defaultValue = "26214400")
    long maxFileBytes;

    @Inject
    @ConfigProperty(name = "oretrace.intake.max-archive-entries", defaultValue = "200")
    int maxArchiveEntries;

    @Inject
    @ConfigProperty(name = "oretrace.intake.max-archive-bytes", defaultValue = "104857600")
    long maxArchiveBytes;

    @Inject
    @ConfigProperty(name = "oretrace.intake.max-upload-bytes", defaultValue = "104857600")
    long maxUploadBytes;

    /** The CMRT revision asked for when a campaign does not say; older files get OUTDATED_TEMPLATE. */
    @Inject
    @ConfigProperty(name = "oretrace.intake.expected-template-version")
    Optional<String> expectedTemplateVersion;

    private volatile CmrtReader reader;

    public CmrtReader reader() {
        CmrtReader current = reader;
        if (current == null) {
            current = new CmrtReader(maxFileBytes);
            reader = current;
        }
        return current;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Entries looked at in one zip archive (one mail's archives together), folders included. */
    public int maxArchiveEntries() {
        return Math.max(1, maxArchiveEntries);
    }

    /** Bytes one zip archive (one mail's files together) may unpack to. */
    public long maxArchiveBytes() {
        return Math.max(1, maxArchiveBytes);
    }

    /** The largest upload (one file or archive) read from a request; beyond it: refused, 413 for the API. */
    public long maxUploadBytes() {
        return Math.max(1, maxUploadBytes);
    }

    public String expectedTemplateVersion() {
        return expectedTemplateVersion.filter(v -> !v.isBlank()).orElse(null);
    }
}
