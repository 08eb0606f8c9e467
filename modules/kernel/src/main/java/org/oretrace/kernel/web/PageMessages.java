package org.oretrace.kernel.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.transaction.RollbackException;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.security.AccessDeniedException;

import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Page messages of every module's screens (the layout shows them in its growl), and page actions whose
 * failure becomes a message for the person instead of a stack trace or an error page.
 */
public final class PageMessages {

    private static final Logger LOG = Logger.getLogger(PageMessages.class.getName());

    private PageMessages() {
    }

    public static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    /** A numeric request parameter such as ?id=; null when absent, null with a page message when not a number. */
    public static Long longParameter(String name) {
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

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void warn(String text) {
        add(FacesMessage.SEVERITY_WARN, text);
    }

    /** An error message; it also marks validation as failed so that dialogs stay open. */
    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * An error shown next to the field it is about (its {@code p:message}), e.g. "newUser:password"; the page's own
     * messages show it too unless they are global only. Marks validation as failed, like {@link #error}.
     */
    public static void errorAt(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /** True when the action ran; otherwise its failure is shown as an error message. */
    public static boolean attempt(Runnable action) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** The action's result, or null with an error message when it was refused or failed. */
    public static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            failed(e);
            return null;
        }
    }

    /**
     * Shows why an action failed: a refusal's own message, otherwise a generic message (and the stack trace in
     * the log). For work that ran elsewhere, e.g. in the background, and reports back to the page.
     */
    public static void failed(RuntimeException e) {
        Throwable refusal = refusal(e);
        if (refusal != null) {
            error(refusal.getMessage());
        } else {
            LOG.log(Level.WARNING, "Page action failed", e);
            error("That did not work; please try again. If it keeps failing, tell the administrator (time "
                    + Instant.now() + ").");
        }
    }

    /** The message of the refusal meant for the person in this failure, or null when the failure is a bug. */
    static String refusalMessage(RuntimeException e) {
        Throwable refusal = refusal(e);
        return refusal == null ? null : refusal.getMessage();
    }

    /**
     * The refusal meant for the person (a business rule, a missing role, a record that is not there), looked for in
     * the cause chain. IllegalArgumentException and IllegalStateException are bugs, not refusals: their messages
     * are written for developers, so the person gets the generic message and the log the stack trace.
     */
    private static Throwable refusal(Throwable e) {
        Throwable t = e;
        for (int i = 0; i < 8 && t != null; i++) {
            if (t instanceof BusinessRuleException || t instanceof AccessDeniedException
                    || t instanceof NoSuchElementException) {
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
