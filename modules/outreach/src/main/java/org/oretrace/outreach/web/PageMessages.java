package org.oretrace.outreach.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.transaction.RollbackException;
import org.oretrace.kernel.security.AccessDeniedException;

import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs a page action and turns what went wrong into a message for the person, never a stack trace. */
final class PageMessages {

    private static final Logger LOG = Logger.getLogger(PageMessages.class.getName());

    private PageMessages() {
    }

    static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    /** A numeric request parameter such as ?id=; null when absent, null with a page message when not a number. */
    static Long longParameter(String name) {
        String value = parameter(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            error("Not a valid " + name + ": " + value);
            return null;
        }
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void warn(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }

    static void error(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
    }

    /** True when the action ran; otherwise its failure is shown as an error message. */
    static boolean attempt(Runnable action) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }

    static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            Throwable cause = userFacing(e);
            if (cause != null) {
                error(cause.getMessage());
            } else {
                LOG.log(Level.WARNING, "Outreach page action failed", e);
                error("That did not work; please try again. If it keeps failing, tell the administrator (time "
                        + java.time.Instant.now() + ").");
            }
            return null;
        }
    }

    private static Throwable userFacing(Throwable e) {
        Throwable t = e;
        for (int i = 0; i < 8 && t != null; i++) {
            if (t instanceof IllegalArgumentException || t instanceof IllegalStateException
                    || t instanceof NoSuchElementException || t instanceof AccessDeniedException
                    || t instanceof org.oretrace.kernel.BusinessRuleException) {
                return t;
            }
            if (t instanceof RollbackException) {
                return null;
            }
            t = t.getCause();
        }
        return null;
    }
}
