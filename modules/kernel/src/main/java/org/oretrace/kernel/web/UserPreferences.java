package org.oretrace.kernel.web;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person set on <em>My profile</em> about how screens and mails present them and show times.
 * The app module implements it over its user accounts; every module's screens read it through {@link Show}.
 */
public interface UserPreferences {

    /** Empty for an unknown name (e.g. "system"). */
    Optional<Preferences> of(String username);

    /** Full name and title sign mails; zone and locale are null when the person chose "as my browser". */
    record Preferences(String fullName, String title, ZoneId zone, Locale locale) {

        /** The lines under "Kind regards,": the person's name, then their title when they gave one. */
        public String signature() {
            String name = fullName == null ? "" : fullName.strip();
            return title == null || title.isBlank() ? name : name + "\n" + title.strip();
        }
    }
}
