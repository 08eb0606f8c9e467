package org.oretrace.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.oretrace.app.users.UserAccount;
import org.oretrace.app.users.ApiTokens;
import org.oretrace.app.users.UserAccounts;

import java.util.Set;
import java.util.stream.Collectors;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

/**
 * Checks passwords and API tokens against the user table. Roles are granted cumulatively: an ADMIN
 * is also COMPLIANCE and VIEWER, so that every check can name the least role it needs.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    UserAccounts accounts;

    @Inject
    ApiTokens tokens;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            UserAccounts.LoginResult result = accounts.checkPassword(password.getCaller(), password.getPasswordAsString());
            return result.check() == UserAccounts.LoginCheck.OK ? valid(result.account()) : INVALID_RESULT;
        }
        if (credential instanceof ApiTokenCredential token) {
            return tokens.checkToken(token.token()).map(AccountIdentityStore::valid).orElse(INVALID_RESULT);
        }
        return NOT_VALIDATED_RESULT;
    }

    static CredentialValidationResult valid(UserAccount account) {
        return new CredentialValidationResult(account.getUsername(), groupsOf(account));
    }

    static Set<String> groupsOf(UserAccount account) {
        return account.getRole().effectiveRoles().stream().map(Enum::name).collect(Collectors.toSet());
    }

    /** The identity store handler takes groups only from stores that provide them, even if validate() returned them. */
    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        return accounts.find(validationResult.getCallerPrincipal().getName())
                .map(AccountIdentityStore::groupsOf).orElse(Set.of());
    }
}
