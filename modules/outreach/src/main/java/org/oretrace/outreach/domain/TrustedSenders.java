package org.oretrace.outreach.domain;

import org.oretrace.kernel.EmailAddress;
import org.oretrace.kernel.BusinessRuleException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A supplier's trusted mail senders: addresses ({@code cmrt@tin.example}) and whole domains
 * ({@code tin.example}) whose mail intake links to the supplier even when the receiving server did not
 * verify the sender. Written one per line or separated by commas; kept lower-case, one per line.
 */
public final class TrustedSenders {

    public static final int MAX_ENTRIES = 20;
    public static final int MAX_LENGTH = 1000;
    private static final Pattern DOMAIN = Pattern.compile("^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

    private TrustedSenders() {
    }

    /** The text normalised (null for none); refuses what is neither an address nor a domain. */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_LENGTH * 2) {
            throw new BusinessRuleException("Trusted mail senders: at most " + MAX_LENGTH + " characters");
        }
        List<String> entries = new ArrayList<>();
        for (String raw : text.split("[,;\\s]+")) {
            String entry = raw.strip().toLowerCase(Locale.ROOT);
            if (entry.isEmpty() || entries.contains(entry)) {
                continue;
            }
            if (!(entry.contains("@") ? EmailAddress.isValid(entry) : DOMAIN.matcher(entry).matches())) {
                throw new BusinessRuleException("Trusted mail senders: '" + clip(raw.strip())
                        + "' is neither an email address nor a domain such as tin.example");
            }
            entries.add(entry);
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new BusinessRuleException("Trusted mail senders: at most " + MAX_ENTRIES + " addresses or domains");
        }
        String joined = String.join("\n", entries);
        if (joined.length() > MAX_LENGTH) {
            throw new BusinessRuleException("Trusted mail senders: at most " + MAX_LENGTH + " characters");
        }
        return joined.isEmpty() ? null : joined;
    }

    /** Whether the address is on the list: the address itself, or its domain exactly. */
    public static boolean allows(String list, String address) {
        if (list == null || address == null) {
            return false;
        }
        String a = address.strip().toLowerCase(Locale.ROOT);
        String domain = a.substring(a.lastIndexOf('@') + 1);
        return a.contains("@") && Arrays.stream(list.split("\n")).anyMatch(e -> e.equals(a) || e.equals(domain));
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
