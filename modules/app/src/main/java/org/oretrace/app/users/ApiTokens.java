package org.oretrace.app.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;

import java.util.List;
import java.util.Optional;

/** API tokens: issued to a user (the secret shown once, only its hash kept), checked per request, revoked. */
@ApplicationScoped
@Transactional
public class ApiTokens {

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    ApplicationClock clock;

    @Inject
    UserAccounts accounts;

    public record IssuedToken(ApiToken token, String secret) {
    }

    /** The enabled owner of an active token, or empty. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<UserAccount> checkToken(String secret) {
        if (secret == null || !secret.startsWith(ApiToken.PREFIX)) {
            return Optional.empty();
        }
        return em.createQuery("select t from ApiToken t where t.tokenHash = :hash and t.revokedAt is null", ApiToken.class)
                .setParameter("hash", ApiToken.hash(secret)).getResultStream().findFirst()
                .filter(token -> token.getOwner().isEnabled())
                .map(token -> {
                    token.used(clock.now());
                    return token.getOwner();
                });
    }

    @Allowed(Role.VIEWER)
    public IssuedToken createToken(String name) {
        UserAccount owner = accounts.find(currentUser.name()).orElseThrow(() -> new BusinessRuleException("Not signed in"));
        return issue(owner, name, ApiToken.newSecret());
    }

    /** An API token for another user, e.g. a service account of an integration (ADMIN). */
    @Allowed(Role.ADMIN)
    public IssuedToken createTokenFor(String username, String name) {
        UserAccount owner = accounts.find(username).orElseThrow(() -> new BusinessRuleException("No user '" + username + "'"));
        return issue(owner, name, ApiToken.newSecret());
    }

    IssuedToken issue(UserAccount owner, String name, String secret) {
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException("Give the token a name, e.g. the script that will use it");
        }
        ApiToken token = new ApiToken(owner, name.strip(), secret, clock.now());
        em.persist(token);
        audit.recordAs(currentUser.isSignedIn() ? currentUser.name() : CurrentUser.SYSTEM,
                "ApiToken", owner.getUsername() + "/" + token.getTokenPrefix(), "created", "API token '" + token.getName() + "'");
        return new IssuedToken(token, secret);
    }

    @Allowed(Role.VIEWER)
    public void revokeToken(long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null) {
            throw new BusinessRuleException("No such token");
        }
        if (!token.getOwner().getUsername().equals(currentUser.name()) && !currentUser.hasRole(Role.ADMIN)) {
            throw new org.oretrace.kernel.security.AccessDeniedException("Only the owner or an administrator may revoke a token");
        }
        token.revoke(clock.now());
        audit.record("ApiToken", token.getOwner().getUsername() + "/" + token.getTokenPrefix(), "revoked",
                "API token '" + token.getName() + "'");
    }

    public List<ApiToken> tokensOf(String username) {
        return em.createQuery("select t from ApiToken t where t.owner.username = :name order by t.createdAt desc", ApiToken.class)
                .setParameter("name", username).getResultList();
    }
}
