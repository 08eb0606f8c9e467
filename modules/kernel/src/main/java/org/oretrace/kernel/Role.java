package org.oretrace.kernel;

/**
 * What a signed-in person may do. The string constants exist because annotations
 * ({@code @RolesAllowed}, {@code @Allowed}) need compile-time constants.
 */
public enum Role {
    /** Manages users and configuration; can also do everything COMPLIANCE does. */
    ADMIN,
    /** Does the compliance work: suppliers, declarations, registry reviews, filings. */
    COMPLIANCE,
    /** Reads everything, changes nothing. */
    VIEWER;

    /** The roles a person holding this role has in effect: ADMIN includes COMPLIANCE, which includes VIEWER. */
    public java.util.Set<Role> effectiveRoles() {
        return java.util.EnumSet.range(this, VIEWER);
    }

    public static final String ADMIN_NAME = "ADMIN";
    public static final String COMPLIANCE_NAME = "COMPLIANCE";
    public static final String VIEWER_NAME = "VIEWER";
}
