package org.oretrace.app.web;

import org.oretrace.kernel.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.app.users.ApiToken;
import org.oretrace.app.users.ApiTokens;
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
    transient ApiTokens apiTokens;

    @Inject
    transient CurrentUser currentUser;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;
    private String tokenName;
    /** The secret of the token just created: shown once, then gone. */
    private String issuedSecret;
    private List<ApiToken> tokens;
    private String fullName;
    private String title;
    private String timeZone;
    private String locale;

    @jakarta.annotation.PostConstruct
    void init() {
        accounts.find(currentUser.name()).ifPresent(a -> {
            fullName = a.getDisplayName();
            title = a.getTitle();
            timeZone = a.getTimeZone();
            locale = a.getLocale();
        });
    }

    public void saveProfile() {
        try {
            accounts.updateOwnProfile(fullName, title, timeZone, locale);
            PageMessages.info("Profile saved: your mails are signed " + fullName + (title == null || title.isBlank() ? "" : ", " + title) + ".");
        } catch (BusinessRuleException e) {
            PageMessages.error(e.getMessage());
        }
    }

    /** Every zone id, sorted; Faces filters the list as one types. */
    public List<String> getTimeZones() {
        return ZONES;
    }

    /** The offered date formats, each labelled with its language and a sample date. */
    public List<jakarta.faces.model.SelectItem> getLocales() {
        java.time.LocalDate sample = java.time.LocalDate.of(2024, 2, 3);
        return UserAccounts.LOCALES.stream().map(tag -> {
            java.util.Locale l = java.util.Locale.forLanguageTag(tag);
            return new jakarta.faces.model.SelectItem(tag, l.getDisplayName(java.util.Locale.ENGLISH) + " — "
                    + java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(l).format(sample));
        }).toList();
    }

    private static final List<String> ZONES = java.time.ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    public String getFullName() { return fullName; }
    public void setFullName(String v) { fullName = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String v) { timeZone = v; }
    public String getLocale() { return locale; }
    public void setLocale(String v) { locale = v; }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            PageMessages.errorAt("password:repeat", "The repetition differs from the new password: type the same password twice");
            return;
        }
        try {
            accounts.changeOwnPassword(currentPassword, newPassword);
            PageMessages.info("Password changed");
        } catch (BusinessRuleException e) {
            PageMessages.errorAt(e.getMessage().contains("current password") ? "password:current" : "password:new", e.getMessage());
        } finally {
            currentPassword = newPassword = repeatPassword = null;
        }
    }

    public void createToken() {
        try {
            issuedSecret = apiTokens.createToken(tokenName).secret();
            tokenName = null;
            tokens = null;
        } catch (BusinessRuleException e) {
            PageMessages.error(e.getMessage());
        }
    }

    public void revoke(ApiToken token) {
        apiTokens.revokeToken(token.getId());
        PageMessages.info("Token '" + token.getName() + "' revoked");
        tokens = null;
    }

    public List<ApiToken> getTokens() {
        if (tokens == null) {
            tokens = apiTokens.tokensOf(currentUser.name());
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
