package org.oretrace.filing.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oretrace.filing.application.DocumentKind;
import org.oretrace.filing.application.FilingService;
import org.oretrace.filing.application.FilingWork;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Role;

import java.io.IOException;
import java.util.Optional;

/**
 * Downloads for the screens: {@code /filing/download/{filingId}/{file name}} (a given version, frozen bytes when
 * final). Sits beside the Faces views so that the browser's session authenticates it; VIEWER may download.
 * {@code /filing/preview/{filingId}/form-sd.htm} (and {@code ex1-01.htm}, {@code form-sd.html}) serves the same EDGAR HTML
 * inline for the workspace's preview frame, so the form's exhibit link opens the exhibit in the frame:
 * sandboxed by its Content-Security-Policy (no scripts, no forms, no requests anywhere, an opaque origin), framable
 * only by our own pages.
 */
@WebServlet({"/filing/download/*", FilingDocumentServlet.PREVIEW + "/*"})
public class FilingDocumentServlet extends HttpServlet {

    static final String PREVIEW = "/filing/preview";
    static final String PREVIEW_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";

    @Inject
    FilingService filings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Sign in to download filing documents");
            return;
        }
        if (!request.isUserInRole(Role.VIEWER_NAME)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String[] parts = Optional.ofNullable(request.getPathInfo()).orElse("").replaceFirst("^/", "").split("/");
        Optional<DocumentKind> kind = parts.length == 2 ? DocumentKind.byFileName(parts[1]) : Optional.empty();
        long id;
        try {
            id = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            id = -1;
        }
        boolean preview = PREVIEW.equals(request.getServletPath());
        if (kind.isEmpty() || id < 0 || preview && !kind.get().isEdgarHtml()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Unknown filing document");
            return;
        }
        FilingWork.GeneratedDocument doc;
        try {
            doc = filings.document(id, kind.get());
        } catch (BusinessRuleException noSuchFiling) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Unknown filing");
            return;
        }
        response.setContentType(kind.get().contentType());
        if (preview) {
            response.setHeader("Content-Security-Policy", PREVIEW_POLICY);
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            response.setHeader("Content-Disposition", "inline; filename=\"" + kind.get().fileName() + "\"");
        } else {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + kind.get().fileName() + "\"");
        }
        response.setHeader("X-Content-SHA256", doc.sha256());
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(doc.content().length);
        response.getOutputStream().write(doc.content());
    }
}
