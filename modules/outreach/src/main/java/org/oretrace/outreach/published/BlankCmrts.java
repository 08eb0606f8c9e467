package org.oretrace.outreach.published;

import java.time.Instant;
import java.util.Optional;

/**
 * The blank templates administrators uploaded to campaigns (each checked on upload to be the RMI CMRT or EMRT of the
 * campaign's version), for filing's company CMRT (and EMRT).
 */
public interface BlankCmrts {

    /** The newest: highest version (compared as decimal numbers: 6.5 > 6.4 > 6.31), then the latest upload. */
    Optional<BlankCmrt> newest();

    /**
     * The newest blank of a template campaigns keep (CMRT or EMRT), by the same order; empty for another template or
     * when none was uploaded. {@code version} is then that template's version, e.g. "2.1" for an EMRT.
     */
    Optional<BlankCmrt> newest(org.oretrace.kernel.cmrt.RmiTemplate template);

    /** @param version the CMRT version the campaign asked for and the file was checked to be, e.g. "6.5" */
    record BlankCmrt(String fileName, String version, byte[] content, String sha256, Instant uploadedAt,
                     int campaignYear) {
    }
}
