package org.oretrace.outreach.published;

import java.time.Instant;
import java.util.Optional;

/**
 * The blank CMRT templates administrators uploaded to campaigns (each checked to be an RMI CMRT of the campaign's
 * version on upload), for filing's company CMRT.
 */
public interface BlankCmrts {

    /** The newest: highest version (compared as decimal numbers: 6.5 > 6.4 > 6.31), then the latest upload. */
    Optional<BlankCmrt> newest();

    /** @param version the CMRT version the campaign asked for and the file was checked to be, e.g. "6.5" */
    record BlankCmrt(String fileName, String version, byte[] content, String sha256, Instant uploadedAt,
                     int campaignYear) {
    }
}
