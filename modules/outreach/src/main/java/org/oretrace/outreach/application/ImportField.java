package org.oretrace.outreach.application;

import org.oretrace.kernel.names.CompanyName;
import java.util.List;
import java.util.Locale;

/** A supplier attribute an ERP export column can be mapped to, with the header names ERPs commonly use. */
public enum ImportField {
    SUPPLIER_NUMBER("Supplier number", true, "supplier number", "supplier no", "supplier id", "vendor number", "vendor no",
            "vendor id", "vendor", "lifnr", "creditor number", "kreditor", "lieferantennummer", "supplier code", "vendor code"),
    NAME("Name", true, "name", "supplier name", "vendor name", "name1", "company", "company name", "lieferant"),
    CATEGORY("Category", false, "category", "supplier category", "commodity", "commodity group", "purchasing category"),
    /** "No" marks the supplier out of scope (its status, with the scope reason); "Yes" brings an out-of-scope one back. */
    IN_SCOPE("In scope (No = status Out of scope)", false, "in scope", "scope", "3tg", "3tg relevant", "conflict minerals", "cm relevant"),
    SCOPE_REASON("Out-of-scope reason", false, "scope reason", "reason", "scope comment"),
    COUNTRY("Country", false, "country", "country code", "land", "land1"),
    OWNER_NAME("Internal owner (buyer)", false, "buyer", "buyer name", "owner", "internal owner", "purchaser", "einkaeufer"),
    OWNER_EMAIL("Owner email", false, "buyer email", "owner email", "buyer e-mail", "purchaser email"),
    CONTACT_NAME("Contact name", false, "contact", "contact name", "contact person", "ansprechpartner"),
    CONTACT_EMAIL("Contact email", false, "email", "e-mail", "contact email", "contact e-mail", "mail", "smtp address"),
    CONTACT_PHONE("Contact phone", false, "phone", "telephone", "contact phone", "tel", "telefon"),
    CONTACT_LANGUAGE("Contact language", false, "language", "lang", "contact language", "sprache"),
    NOTES("Notes", false, "notes", "note", "comment", "comments", "remarks"),
    CONTRACT_CLAUSE("Contract clause", false, "contract clause", "cm clause", "conflict minerals clause", "clause"),
    CONTRACT_CLAUSE_DATE("Clause date", false, "contract clause date", "clause date", "clause since");

    private final String label;
    private final boolean required;
    private final List<String> aliases;

    ImportField(String label, boolean required, String... aliases) {
        this.label = label;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }

    /** True when the header is one of this field's usual names (case, accents and punctuation ignored). */
    public boolean matches(String header) {
        String key = normalize(header);
        return aliases.stream().map(ImportField::normalize).anyMatch(key::equals);
    }

    /** Header names compared as folded words run together: "Supplier-No." = "supplier no" = "SUPPLIERNO". */
    static String normalize(String text) {
        return String.join("", CompanyName.rawWords(text));
    }
}
