package org.oretrace.filing.domain;

/** The scope a supplier declared in its CMRT (Declaration!D9). */
public enum DeclarationScope {
    COMPANY("company-level"),
    PRODUCT("product-level"),
    USER_DEFINED("user-defined");

    private final String label;

    DeclarationScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
