package org.oretrace.app.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.kernel.web.UserPreferences;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** The kernel's view of what a person set on My profile, read from their account. */
@ApplicationScoped
public class AccountPreferences implements UserPreferences {

    @Inject
    UserAccounts accounts;

    @Override
    public Optional<Preferences> of(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return accounts.find(username).map(a -> new Preferences(a.getDisplayName(), a.getTitle(), zone(a.getTimeZone()),
                a.getLocale() == null ? null : Locale.forLanguageTag(a.getLocale())));
    }

    private static ZoneId zone(String id) {
        try {
            return id == null ? null : ZoneId.of(id);
        } catch (DateTimeException gone) {
            return null;
        }
    }
}
