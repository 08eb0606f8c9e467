package org.oretrace.kernel;

import java.util.regex.Pattern;

/**
 * A pragmatic check for addresses typed into an ERP or a form: one @, a dot in the domain, no spaces. One rule for every
 * address we keep (supplier contacts and owners in outreach, the contacts on our own CMRT and EMRT in filing).
 */
public final class EmailAddress {

    private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>.]{2,}$");

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        return address != null && PLAUSIBLE.matcher(address.strip()).matches();
    }
}
