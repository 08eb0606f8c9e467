package org.oretrace.filing.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

final class Messages {

    private Messages() {
    }

    static void info(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    static void error(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
    }
}
