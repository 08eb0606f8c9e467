package org.oretrace.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.oretrace.kernel.events.SchemaReady;
import org.oretrace.registry.domain.ReferenceListImport;
import org.oretrace.registry.infrastructure.ReferenceList;
import org.oretrace.registry.infrastructure.ReferenceListCsv;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Logger;

/**
 * Gives a fresh installation RMI's current smelter list (shipped data file from CMRT 6.5) on first
 * start. Does nothing once the registry has smelters, so a newer list uploaded by an admin is never
 * overwritten by the older shipped one.
 */
@ApplicationScoped
public class ReferenceDataSeeder {

    private static final Logger LOG = Logger.getLogger(ReferenceDataSeeder.class.getName());

    @Inject
    ReferenceListService referenceLists;

    @ActivateRequestContext
    void seed(@Observes SchemaReady ready) throws IOException {
        if (referenceLists.smelterCount() > 0) {
            return;
        }
        try (InputStream in = ReferenceListCsv.class.getResourceAsStream(ReferenceListCsv.SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("Shipped reference list missing: " + ReferenceListCsv.SHIPPED);
            }
            ReferenceList list = ReferenceListCsv.read(in);
            ReferenceListImport log = referenceLists.importList(list, "rmi-smelters-6.5.csv (shipped with Oretrace)");
            LOG.info(() -> "Smelter registry seeded: " + log.summary());
        }
    }
}
