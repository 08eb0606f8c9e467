package org.oretrace.registry.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.security.AccessDeniedException;

import java.util.function.Supplier;

/** Page messages of the registry screens. */
final class Ui {

    private Ui() {
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void error(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
    }

    /** Runs an action; a refusal (business rule, missing role) becomes a message instead of an error page. */
    static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (BusinessRuleException | AccessDeniedException refused) {
            error(refused.getMessage());
            return null;
        } catch (RuntimeException e) {
            Throwable cause = e.getCause();
            while (cause != null) {
                if (cause instanceof BusinessRuleException || cause instanceof AccessDeniedException) {
                    error(cause.getMessage());
                    return null;
                }
                cause = cause.getCause();
            }
            throw e;
        }
    }
}
