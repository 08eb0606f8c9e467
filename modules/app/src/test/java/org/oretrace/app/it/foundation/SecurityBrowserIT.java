package org.oretrace.app.it.foundation;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityBrowserIT {

    @Test
    void anAdministratorCreatesAComplianceUserWhoThenSignsIn() {
        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            assertThat(browser.currentPath()).startsWith("/index.xhtml");
            assertThat(browser.pageText()).contains("Administrator");
            browser.screenshot("home-admin");

            browser.go("/admin/users.xhtml");
            browser.type(By.id("newUser:username"), "carla");
            browser.type(By.id("newUser:displayName"), "Carla Compliance");
            browser.type(By.id("newUser:email"), "carla@example.com");
            new Select(browser.find(By.id("newUser:role"))).selectByValue("COMPLIANCE");
            browser.type(By.id("newUser:password"), "carla-password-1");
            browser.click(By.id("newUser:create"));
            browser.waitForText("User 'carla' created with role Compliance");
            assertThat(browser.find(By.id("users:table")).getText()).contains("carla").contains("Carla Compliance");
            assertThat(browser.consoleErrors()).isEmpty();
            browser.screenshot("users");

            browser.logout();
            browser.login("carla", "carla-password-1");
            assertThat(browser.currentPath()).startsWith("/index.xhtml");
            assertThat(browser.find(By.id("userForm:currentUser")).getText()).contains("Carla Compliance").contains("(Compliance)");
            // the menu offers the audit trail to COMPLIANCE, but not user administration
            assertThat(browser.pageText()).contains("Audit trail").doesNotContain("Users\n");
            browser.go("/admin/users.xhtml");
            assertThat(browser.pageText()).contains("Not allowed");
        }
    }

    @Test
    void aViewerGets403OnUserAdministration() {
        Api.newUser("victor-viewer", "VIEWER", "viewer-password-1");
        try (Browser browser = Browser.open()) {
            browser.login("victor-viewer", "viewer-password-1");
            browser.go("/admin/users.xhtml");
            assertThat(browser.title()).contains("Not allowed");
            browser.go("/audit.xhtml");
            assertThat(browser.title()).contains("Not allowed");
        }
    }

    @Test
    void aDisplayNameWithMarkupIsShownAsText() {
        Api.newUser("mallory", "VIEWER", "mallory-password-1");
        Api.asAdmin().putJson("/api/admin/users/mallory", "{\"displayName\":\"<script>alert(1)</script>\"}");
        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/admin/users.xhtml");
            assertThat(browser.find(By.id("users:table")).getText()).contains("<script>alert(1)</script>");
            assertThat(alertShown(browser)).isFalse();
        }
        try (Browser browser = Browser.open()) {
            browser.login("mallory", "mallory-password-1");
            assertThat(browser.find(By.id("userForm:currentUser")).getText()).contains("<script>alert(1)</script>");
        }
    }

    @Test
    void fiveWrongPasswordsBlockTheAccountFromThisComputer() {
        Api.newUser("locky", "COMPLIANCE", "locky-password-1");
        try (Browser browser = Browser.open()) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                browser.login("locky", "wrong-password-" + attempt);
                assertThat(browser.pageText()).contains("Wrong user name or password");
            }
            browser.login("locky", "wrong-password-5");
            assertThat(browser.pageText()).contains("Too many wrong passwords from this computer");
            // even the right password is refused from here while blocked (from elsewhere: AccessIT)
            browser.login("locky", "locky-password-1");
            assertThat(browser.currentPath()).startsWith("/login.xhtml");
            assertThat(browser.pageText()).contains("Too many wrong passwords from this computer");
        }
        assertThat(Api.asAdmin().get("/api/admin/users/locky").json().getString("lockedUntil")).isNotBlank();
        assertThat(Api.asAdmin().get("/api/audit?type=User&id=locky").body()).contains("sign-in blocked");
    }

    @Test
    void aDisabledUserCannotSignIn() {
        Api.newUser("dora", "COMPLIANCE", "dora-password-1");
        Api.asAdmin().putJson("/api/admin/users/dora", "{\"enabled\":false}");
        try (Browser browser = Browser.open()) {
            browser.login("dora", "dora-password-1");
            assertThat(browser.currentPath()).startsWith("/login.xhtml");
            assertThat(browser.pageText()).contains("disabled");
        }
    }

    @Test
    void usersChangeTheirOwnPasswordAndCreateApiTokens() {
        Api.newUser("paula", "VIEWER", "paula-password-1");
        try (Browser browser = Browser.open()) {
            browser.login("paula", "paula-password-1");
            browser.go("/profile.xhtml");
            browser.type(By.id("tokens:name"), "my script");
            browser.click(By.id("tokens:create"));
            String token = browser.find(By.id("secret")).getText().strip();
            assertThat(token).startsWith("ort_");
            assertThat(Api.withToken(token).get("/api/me").json().getString("username")).isEqualTo("paula");

            browser.type(By.id("password:current"), "paula-password-1");
            browser.type(By.id("password:new"), "paula-password-2");
            browser.type(By.id("password:repeat"), "paula-password-2");
            browser.click(By.id("password:change"));
            browser.waitForText("Password changed");
            browser.logout();
            browser.login("paula", "paula-password-2");
            assertThat(browser.currentPath()).startsWith("/index.xhtml");
        }
    }

    @Test
    void theAuditScreenListsUserChanges() {
        Api.newUser("audit-target", "VIEWER", "target-password-1");
        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/audit.xhtml");
            browser.type(By.id("audit:text"), "audit-target");
            browser.click(By.id("audit:search"));
            browser.waitForText("created");
            assertThat(browser.find(By.id("audit:entries")).getText()).contains("User audit-target").contains("admin");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    static boolean alertShown(Browser browser) {
        try {
            browser.driver().switchTo().alert();
            return true;
        } catch (org.openqa.selenium.NoAlertPresentException none) {
            return false;
        }
    }

}
