package org.oretrace.app.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.security.AccessDeniedException;

import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * No stack trace ever reaches a person. A broken business rule becomes a message on the same page,
 * a missing role the 403 page, an expired view the "page expired" page, and anything unexpected the
 * 500 page with an incident id that is also in the log.
 */
public class OretraceExceptionHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(OretraceExceptionHandlerFactory.class.getName());

    public OretraceExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                events.remove();
                if (context == null || context.getResponseComplete()) {
                    continue;
                }
                handleOne(context, thrown);
            }
            getWrapped().handle();
        }

        private static void handleOne(FacesContext context, Throwable thrown) {
            Throwable cause = find(thrown, BusinessRuleException.class);
            if (cause != null) {
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, cause.getMessage(), null));
                context.validationFailed();
                context.renderResponse();
                return;
            }
            if (find(thrown, AccessDeniedException.class) != null || find(thrown, EJBAccessException.class) != null) {
                LOG.warning(() -> "Refused: " + thrown.getMessage());
                redirect(context, "/error/403.xhtml");
                return;
            }
            if (find(thrown, ViewExpiredException.class) != null) {
                redirect(context, "/error/expired.xhtml");
                return;
            }
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Incident " + incident + " on " + context.getExternalContext().getRequestServletPath(), thrown);
            redirect(context, "/error/500.xhtml?incident=" + incident);
        }

        private static void redirect(FacesContext context, String page) {
            ExternalContext external = context.getExternalContext();
            try {
                // an ajax response may be half written (open CDATA): start it again before redirecting
                if (!external.isResponseCommitted()) {
                    external.responseReset();
                }
                external.redirect(external.getRequestContextPath() + page);
                context.responseComplete();
            } catch (IOException | IllegalStateException e) {
                throw new FacesException(e);
            }
        }

        private static Throwable find(Throwable thrown, Class<? extends Throwable> type) {
            Throwable current = thrown;
            for (int depth = 0; depth < 15 && current != null; depth++) {
                if (type.isInstance(current)) {
                    return current;
                }
                current = current.getCause();
            }
            return null;
        }
    }
}
