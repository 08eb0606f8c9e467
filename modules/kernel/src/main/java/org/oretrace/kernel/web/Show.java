package org.oretrace.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one formatter of all screens ({@code #{show.when(x)}}, {@code #{show.words(code)}}, {@code #{show.tag(state)}}):
 * {@link Formats} for the signed-in person. Their zone and locale come from <em>My profile</em>; when they chose
 * "as my browser", the zone is the one the browser reports (cookie {@value #ZONE_COOKIE}, set by the layout's
 * {@code zone.js}) and the locale the browser's preferred language. "Today" is the application clock's.
 */
@Named("show")
@RequestScoped
public class Show {

    public static final String ZONE_COOKIE = "ot_zone";

    @Inject
    CurrentUser currentUser;

    @Inject
    Instance<UserPreferences> preferences;

    @Inject
    ApplicationClock clock;

    private Formats formats;
    private UserPreferences.Preferences mine;
    private boolean looked;

    public String when(Object value) {
        return formats().when(value);
    }

    public String day(Object value) {
        return formats().day(value);
    }

    public String exactly(Object value) {
        return formats().exactly(value);
    }

    public String relative(Object value) {
        return formats().relative(value);
    }

    public String due(Object value) {
        return formats().due(value);
    }

    public String words(Object code) {
        return Formats.words(code);
    }

    public String tag(Object state) {
        return Formats.tag(state);
    }

    public String code(Object code) {
        return Formats.code(code);
    }

    /** The zone times are shown in, by its name in the reader's language. */
    public String zoneName() {
        return formats().zone().getDisplayName(java.time.format.TextStyle.FULL, formats().locale());
    }

    public String zoneId() {
        return formats().zone().getId();
    }

    /** The signed-in person's settings, empty for a caller without an account. */
    public Optional<UserPreferences.Preferences> preferences() {
        if (!looked) {
            looked = true;
            mine = preferences.isResolvable() ? preferences.get().of(currentUser.name()).orElse(null) : null;
        }
        return Optional.ofNullable(mine);
    }

    /** The signature of mails the signed-in person writes: full name and title, or the login name without a profile. */
    public String signature() {
        return preferences().map(UserPreferences.Preferences::signature).filter(s -> !s.isBlank()).orElse(currentUser.name());
    }

    public Formats formats() {
        if (formats == null) {
            UserPreferences.Preferences p = preferences().orElse(null);
            ZoneId zone = p != null && p.zone() != null ? p.zone() : browserZone().orElse(clock.zone());
            Locale locale = p != null && p.locale() != null ? p.locale() : browserLocale();
            formats = new Formats(zone, locale, clock.now());
        }
        return formats;
    }

    private static Optional<ZoneId> browserZone() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Optional.empty();
        }
        Map<String, Object> cookies = faces.getExternalContext().getRequestCookieMap();
        if (cookies.get(ZONE_COOKIE) instanceof Cookie cookie && cookie.getValue() != null && cookie.getValue().length() <= 60) {
            try {
                return Optional.of(ZoneId.of(java.net.URLDecoder.decode(cookie.getValue(), java.nio.charset.StandardCharsets.UTF_8)));
            } catch (DateTimeException | IllegalArgumentException notAZone) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Locale browserLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces == null ? null : faces.getExternalContext();
        Locale locale = external == null ? null : external.getRequestLocale();
        return locale == null || locale.getLanguage().isEmpty() ? Locale.UK : locale;
    }
}
