package org.oretrace.intake.published;

import java.util.Locale;

/**
 * The kind of scope a CMRT declares (Declaration!D9: "A. Company", "B. Product (or List of Products)", "C. User
 * defined"), as intake reads it: by the letter, whatever follows it. A missing scope counts as company-level, which
 * is what the blank templates default to.
 */
public enum ScopeKind {
    COMPANY,
    PRODUCT,
    USER_DEFINED;

    /** The kind of a scope as written in the CMRT (also in the view {@code intake_accepted_declaration.scope}). */
    public static ScopeKind of(String scopeText) {
        if (scopeText == null) {
            return COMPANY;
        }
        String t = scopeText.strip().toUpperCase(Locale.ROOT);
        return t.startsWith("B") ? PRODUCT : t.startsWith("C") ? USER_DEFINED : COMPANY;
    }
}
