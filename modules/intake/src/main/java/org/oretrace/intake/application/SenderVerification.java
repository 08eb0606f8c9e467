package org.oretrace.intake.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a mail's From: domain was verified by our receiving mail server, read from its
 * {@code Authentication-Results} header (RFC 8601). Only the topmost header whose authserv-id is the
 * configured one counts (the receiving server adds its own on top; anything below came with the mail and
 * may be forged). Verified: {@code dmarc=pass} (for the From: domain when the header names it), or
 * {@code dkim=pass} with {@code header.d} the From: domain, or {@code spf=pass} with {@code smtp.mailfrom}
 * in the From: domain. Without a configured authserv-id nothing is verified: {@code From:} alone proves nothing.
 */
public final class SenderVerification {

    /** The verdict with the method that passed, or why none did. */
    public record Verdict(boolean verified, String reason) {
    }

    private SenderVerification() {
    }

    /**
     * @param authservId the receiving server's authserv-id (oretrace.mailbox.authserv-id); null: trust none
     * @param headers    the message's Authentication-Results headers, top first
     */
    public static Verdict check(String from, List<String> headers, String authservId) {
        String domain = domainOf(from);
        if (domain == null) {
            return new Verdict(false, "the mail has no From: address");
        }
        if (authservId == null || authservId.isBlank()) {
            return new Verdict(false, "no receiving server is trusted (oretrace.mailbox.authserv-id is not set)");
        }
        for (String header : headers) {
            List<String> parts = split(stripComments(unfold(header)));
            if (parts.isEmpty()) {
                continue;
            }
            String[] id = parts.get(0).strip().split("\\s+");
            if (!id[0].equalsIgnoreCase(authservId.strip())) {
                continue;
            }
            // the topmost header of our server decides; any below it came with the mail
            for (String result : parts.subList(1, parts.size())) {
                Map<String, String> r = parse(result);
                String method = r.get("");
                if ("dmarc".equals(method) && "pass".equals(r.get("dmarc"))
                        && (r.get("header.from") == null || domain.equals(domainOf(r.get("header.from"))))) {
                    return new Verdict(true, "dmarc=pass for " + domain);
                }
                if ("dkim".equals(method) && "pass".equals(r.get("dkim")) && domain.equals(lower(r.get("header.d")))) {
                    return new Verdict(true, "dkim=pass for " + domain);
                }
                if ("spf".equals(method) && "pass".equals(r.get("spf")) && domain.equals(domainOf(r.get("smtp.mailfrom")))) {
                    return new Verdict(true, "spf=pass for " + domain);
                }
            }
            return new Verdict(false, authservId.strip() + " did not verify " + domain
                    + " (no dmarc=pass, dkim=pass or spf=pass for it)");
        }
        return new Verdict(false, "no Authentication-Results from " + authservId.strip());
    }

    /** The lower-case domain of an address ("a@B.example" → "b.example"); a bare domain gives itself. */
    static String domainOf(String address) {
        if (address == null) {
            return null;
        }
        String a = address.strip();
        if (a.endsWith(">")) {
            int open = a.lastIndexOf('<');
            a = a.substring(open + 1, a.length() - 1);
        }
        int at = a.lastIndexOf('@');
        String domain = (at >= 0 ? a.substring(at + 1) : a).strip().toLowerCase(Locale.ROOT);
        while (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        return domain.isEmpty() || !domain.contains(".") ? null : domain;
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String unfold(String header) {
        return header.length() > 8192 ? header.substring(0, 8192).replaceAll("\\r?\\n[ \\t]", " ")
                : header.replaceAll("\\r?\\n[ \\t]", " ");
    }

    /** Removes (comments), which may nest, and keeps "quoted strings" as they are. */
    static String stripComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (quoted || depth > 0)) {
                if (depth == 0) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (c == '"' && depth == 0) {
                quoted = !quoted;
                out.append(c);
            } else if (c == '(' && !quoted) {
                depth++;
            } else if (c == ')' && !quoted && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Splits at ';' outside quotes. */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString());
        }
        return parts;
    }

    /** "dkim=pass header.d=x.example" → {""=dkim, dkim=pass, header.d=x.example}; keys and values lower-case. */
    private static Map<String, String> parse(String result) {
        Map<String, String> r = new LinkedHashMap<>();
        for (String token : result.strip().split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = token.substring(0, eq).toLowerCase(Locale.ROOT);
            String value = token.substring(eq + 1);
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (r.isEmpty()) {
                // "dkim/1=pass": a method may carry a version after a slash
                key = key.split("/")[0];
                r.put("", key);
            }
            r.putIfAbsent(key, value.toLowerCase(Locale.ROOT));
        }
        return r;
    }
}
