package de.welcomeportal.portal.staff;

/** What a staff account may do. An account can hold several roles. */
public enum Role {
    /** Welcome-Center caseworkers: review pre-checks, manage appointments. */
    STAFF,
    /** Content editors: guidance texts, checklists and yearly figures. */
    EDITOR,
    /** Administrators: accounts, settings, audit log. */
    ADMIN;

    /** The name used in {@code @RolesAllowed}; Spring Security sees it as authority {@code ROLE_<name>}. */
    public static final String STAFF_ROLE = "STAFF";
    public static final String EDITOR_ROLE = "EDITOR";
    public static final String ADMIN_ROLE = "ADMIN";

    String authority() {
        return "ROLE_" + name();
    }
}
