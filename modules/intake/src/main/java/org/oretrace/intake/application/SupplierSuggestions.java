package org.oretrace.intake.application;

import org.oretrace.kernel.names.CompanyName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which supplier probably sent a CMRT that arrived without one: the company name in the file
 * compared with the supplier master as the registry compares company names (legal forms, case,
 * accents and punctuation ignored), and the contact, authorizer and sender addresses compared with
 * the suppliers' contacts, first exactly, then by their domain. A person confirms the suggestion;
 * nothing is linked on a guess. Plain Java, so that every rule is testable.
 */
public final class SupplierSuggestions {

    static final int SAME_ADDRESS = 100;
    static final int SAME_NAME = 80;
    static final int SAME_DOMAIN = 40;

    /** Mail providers anyone can have an address at: the same domain there says nothing about the company. */
    static final Set<String> PUBLIC_DOMAINS = Set.of("gmail.com", "googlemail.com", "outlook.com", "hotmail.com",
            "live.com", "msn.com", "yahoo.com", "yahoo.co.jp", "yahoo.co.uk", "aol.com", "icloud.com", "me.com",
            "mail.com", "gmx.de", "gmx.net", "web.de", "t-online.de", "qq.com", "163.com", "126.com", "sina.com",
            "foxmail.com", "naver.com", "hanmail.net", "yandex.ru", "mail.ru", "protonmail.com", "proton.me",
            "zoho.com", "orange.fr", "free.fr", "libero.it");

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:\\[\\]]+@[^\\s<>\"'(),;:\\[\\]]+\\.[A-Za-z]{2,}");

    /** A supplier of the master as the suggestion needs it. */
    public record Candidate(long supplierId, String supplierNumber, String name, List<String> contactEmails) {
    }

    /** What the file says about its sender; any part may be null. */
    public record Sender(String companyName, String contactEmail, String authorizerEmail, String mailFrom) {
    }

    /** A supplier that fits, how well, and why (in words a person can check). */
    public record Suggestion(long supplierId, String supplierNumber, String name, int score, List<String> reasons) implements java.io.Serializable {
    }

    private SupplierSuggestions() {
    }

    /** The suppliers that fit, best first; empty when nothing in the file points to one. */
    public static List<Suggestion> rank(Sender sender, List<Candidate> candidates) {
        String nameKey = sender.companyName() == null || sender.companyName().isBlank() ? null
                : CompanyName.key(sender.companyName());
        Set<String> addresses = new LinkedHashSet<>();
        addresses.addAll(addresses(sender.contactEmail()));
        addresses.addAll(addresses(sender.authorizerEmail()));
        addresses.addAll(addresses(sender.mailFrom()));
        List<Suggestion> found = new ArrayList<>();
        for (Candidate c : candidates) {
            int score = 0;
            List<String> reasons = new ArrayList<>();
            if (nameKey != null && !nameKey.isEmpty() && nameKey.equals(CompanyName.key(c.name()))) {
                score += SAME_NAME;
                reasons.add("company name '" + sender.companyName().strip() + "' is the supplier's name");
            }
            String sameAddress = null;
            String sameDomain = null;
            for (String address : addresses) {
                for (String contact : c.contactEmails()) {
                    String known = contact == null ? null : contact.strip().toLowerCase(Locale.ROOT);
                    if (known == null || known.isEmpty()) {
                        continue;
                    }
                    if (known.equals(address)) {
                        sameAddress = sameAddress == null ? address : sameAddress;
                    } else if (sameDomain == null && sameCompanyDomain(address, known)) {
                        sameDomain = address + " (contact " + known + ")";
                    }
                }
            }
            if (sameAddress != null) {
                score += SAME_ADDRESS;
                reasons.add(sameAddress + " is a contact of the supplier");
            } else if (sameDomain != null) {
                score += SAME_DOMAIN;
                reasons.add("same email domain: " + sameDomain);
            }
            if (score > 0) {
                found.add(new Suggestion(c.supplierId(), c.supplierNumber(), c.name(), score, List.copyOf(reasons)));
            }
        }
        found.sort(Comparator.comparingInt(Suggestion::score).reversed().thenComparing(Suggestion::name,
                Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
        return found;
    }

    /** Every address in a cell or header ("Ann <ann@x.com>; bo@x.com"), lower-case. */
    static List<String> addresses(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            found.add(m.group().toLowerCase(Locale.ROOT));
        }
        return found;
    }

    /** The same company domain, or one a subdomain of the other (sales.acme.com and acme.com); never a public mail provider. */
    static boolean sameCompanyDomain(String a, String b) {
        String da = domain(a);
        String db = domain(b);
        if (da == null || db == null || PUBLIC_DOMAINS.contains(da) || PUBLIC_DOMAINS.contains(db)) {
            return false;
        }
        return da.equals(db) || da.endsWith("." + db) || db.endsWith("." + da);
    }

    private static String domain(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 || at == address.length() - 1 ? null : address.substring(at + 1);
    }
}
