package org.oretrace.app.web;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.ConfigProvider;

/** Applies {@code oretrace.session.timeout-minutes} to every new session. */
@WebListener
public class SessionTimeout implements HttpSessionListener {

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        int minutes = ConfigProvider.getConfig().getOptionalValue("oretrace.session.timeout-minutes", Integer.class).orElse(30);
        event.getSession().setMaxInactiveInterval(minutes * 60);
    }
}
