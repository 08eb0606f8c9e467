package org.oretrace.app.web;

import org.oretrace.kernel.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.app.users.ApiToken;
import org.oretrace.app.users.UserAccounts;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.security.CurrentUser;

import java.io.Serializable;
import java.util.List;

/** One's own password and API tokens. */
@Named
@ViewScoped
public class ProfileBean implements Serializable {

    @Inject
    transient UserAccounts accounts;

    @Inject
    transient CurrentUser currentUser;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;
    private String tokenName;
    /** The secret of the token just created: shown once, then gone. */
    private String issuedSecret;
    private List<ApiToken> tokens;

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            PageMessages.error("The new password and its repetition differ");
            return;
        }
        try {
            accounts.changeOwnPassword(currentPassword, newPassword);
            PageMessages.info("Password changed");
        } catch (BusinessRuleException e) {
            PageMessages.error(e.getMessage());
        } finally {
            currentPassword = newPassword = repeatPassword = null;
        }
    }

    public void createToken() {
        try {
            issuedSecret = accounts.createToken(tokenName).secret();
            tokenName = null;
            tokens = null;
        } catch (BusinessRuleException e) {
            PageMessages.error(e.getMessage());
        }
    }

    public void revoke(ApiToken token) {
        accounts.revokeToken(token.getId());
        PageMessages.info("Token '" + token.getName() + "' revoked");
        tokens = null;
    }

    public List<ApiToken> getTokens() {
        if (tokens == null) {
            tokens = accounts.tokensOf(currentUser.name());
        }
        return tokens;
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String v) { currentPassword = v; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { newPassword = v; }
    public String getRepeatPassword() { return repeatPassword; }
    public void setRepeatPassword(String v) { repeatPassword = v; }
    public String getTokenName() { return tokenName; }
    public void setTokenName(String v) { tokenName = v; }
    public String getIssuedSecret() { return issuedSecret; }
}
