package org.oretrace.filing.testing;

import org.oretrace.filing.domain.Registrant;

/** A complete cover page: the seed filing's registrant. */
public final class Registrants {

    private Registrants() {
    }

    public static Registrant allison() {
        Registrant r = new Registrant();
        r.setName("Allison Transmission Holdings, Inc.");
        r.setStateOfIncorporation("Delaware");
        r.setCommissionFileNumber("001-35456");
        r.setAddress("One Allison Way, Indianapolis, Indiana 46222");
        r.setContactName("Eric C. Scroggins");
        r.setContactPhone("(317) 242-5000");
        r.setSignerName("Eric C. Scroggins");
        r.setSignerTitle("Vice President, General Counsel and Secretary");
        r.setWebsite("www.allisontransmission.com");
        return r;
    }
}
