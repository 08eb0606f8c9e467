package org.oretrace.app.web;

import org.oretrace.kernel.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.app.users.UserAccount;
import org.oretrace.app.users.UserAccounts;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.time.ApplicationClock;

import java.io.Serializable;
import java.util.List;

/** The user administration screen (ADMIN). */
@Named
@ViewScoped
@Allowed(Role.ADMIN)
public class UsersBean implements Serializable {

    @Inject
    transient UserAccounts accounts;

    @Inject
    transient ApplicationClock clock;

    private List<UserAccount> users;

    // the "new user" form
    private String newUsername;
    private String newDisplayName;
    private String newEmail;
    private Role newRole = Role.COMPLIANCE;
    private String newPassword;

    // the "edit user" dialog
    private Long editId;
    private String editUsername;
    private String editDisplayName;
    private String editEmail;
    private Role editRole;
    private String editPassword;

    public List<UserAccount> getUsers() {
        if (users == null) {
            users = accounts.all();
        }
        return users;
    }

    /** What a role may do, beside its name in the list. */
    public String explain(Role role) {
        return switch (role) {
            case ADMIN -> "users and configuration, and all compliance work";
            case COMPLIANCE -> "does the work: suppliers, declarations, reviews, filings";
            case VIEWER -> "reads everything, changes nothing";
        };
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public boolean isLocked(UserAccount user) {
        return accounts.blockedUntil(user).isPresent();
    }

    public void create() {
        try {
            UserAccount created = accounts.create(newUsername, newDisplayName, newEmail, newRole, newPassword);
            PageMessages.info("User '" + created.getUsername() + "' created with role " + org.oretrace.kernel.web.Formats.words(created.getRole()));
            newUsername = newDisplayName = newEmail = newPassword = null;
            newRole = Role.COMPLIANCE;
            users = null;
        } catch (BusinessRuleException e) {
            PageMessages.errorAt(fieldOf(e.getMessage(), "newUser:username", "newUser:password", "newUser:email"), e.getMessage());
        }
    }

    /** The field a refusal is about, so that it is shown next to it; null (the page's messages) when none. */
    static String fieldOf(String message, String username, String password, String email) {
        String m = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("user name")) {
            return username;
        }
        if (m.contains("password")) {
            return password;
        }
        if (m.contains("email") || m.contains("e-mail")) {
            return email;
        }
        return null;
    }

    public void edit(UserAccount user) {
        editId = user.getId();
        editUsername = user.getUsername();
        editDisplayName = user.getDisplayName();
        editEmail = user.getEmail();
        editRole = user.getRole();
        editPassword = null;
    }

    public void save() {
        try {
            accounts.update(editId, editDisplayName, editEmail, editRole);
            if (editPassword != null && !editPassword.isBlank()) {
                accounts.resetPassword(editId, editPassword);
            }
            PageMessages.info("Saved '" + editUsername + "'");
            users = null;
        } catch (BusinessRuleException e) {
            PageMessages.errorAt(fieldOf(e.getMessage(), null, "editForm:editPassword", "editForm:editEmail"), e.getMessage());
        }
    }

    public void toggleEnabled(UserAccount user) {
        try {
            accounts.setEnabled(user.getId(), !user.isEnabled());
            PageMessages.info((user.isEnabled() ? "Disabled '" : "Enabled '") + user.getUsername() + "'");
            users = null;
        } catch (BusinessRuleException e) {
            PageMessages.error(e.getMessage());
        }
    }

    public void unlock(UserAccount user) {
        accounts.unlock(user.getId());
        PageMessages.info("Unlocked '" + user.getUsername() + "'");
        users = null;
    }

    public String getNewUsername() { return newUsername; }
    public void setNewUsername(String v) { newUsername = v; }
    public String getNewDisplayName() { return newDisplayName; }
    public void setNewDisplayName(String v) { newDisplayName = v; }
    public String getNewEmail() { return newEmail; }
    public void setNewEmail(String v) { newEmail = v; }
    public Role getNewRole() { return newRole; }
    public void setNewRole(Role v) { newRole = v; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { newPassword = v; }
    public String getEditUsername() { return editUsername; }
    public String getEditDisplayName() { return editDisplayName; }
    public void setEditDisplayName(String v) { editDisplayName = v; }
    public String getEditEmail() { return editEmail; }
    public void setEditEmail(String v) { editEmail = v; }
    public Role getEditRole() { return editRole; }
    public void setEditRole(Role v) { editRole = v; }
    public String getEditPassword() { return editPassword; }
    public void setEditPassword(String v) { editPassword = v; }
}
