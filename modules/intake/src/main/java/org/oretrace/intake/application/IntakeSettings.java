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

    public String expectedTemplateVersion() {
        return expectedTemplateVersion.filter(v -> !v.isBlank()).orElse(null);
    }
}
