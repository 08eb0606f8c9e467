package org.oretrace.outreach.domain;

import java.util.regex.Pattern;

/** A pragmatic check for addresses typed into an ERP: one @, a dot in the domain, no spaces. */
public final class EmailAddress {

    private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>.]{2,}$");

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        return address != null && PLAUSIBLE.matcher(address.strip()).matches();
    }
}
