package org.oretrace.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.oretrace.kernel.events.SchemaReady;
import org.oretrace.registry.domain.ReferenceListImport;

import java.util.List;
import java.util.logging.Logger;

/**
 * On every start, brings the registry up to the history of RMI's list shipped with the product (the look-up lists
 * of CMRT 6.01 to 6.5): a fresh installation gets them all in version order, an installation upgraded from one that
 * knew only 6.5 gets the older smelters, names and renames; once everything is there this only reads which
 * versions were imported. A newer list uploaded by an admin is never overwritten by an older shipped one.
 */
@ApplicationScoped
public class ReferenceDataSeeder {

    private static final Logger LOG = Logger.getLogger(ReferenceDataSeeder.class.getName());

    @Inject
    ShippedReferenceLists shippedLists;

    @ActivateRequestContext
    void seed(@Observes SchemaReady ready) {
        List<ReferenceListImport> logs = shippedLists.load(ShippedReferenceLists.shipped());
        logs.forEach(log -> LOG.info(() -> "Smelter registry: " + log.getFileName() + ": " + log.summary()));
    }
}
