package org.oretrace.intake.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.intake.application.Declarations;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.DeclarationStatus;
import org.oretrace.kernel.web.Formats;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The declaration page's "original file and its versions": every file the supplier sent for the year. */
@Named
@ViewScoped
public class FileVersionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One file as the page lists it; {@code current} is the one that counts, {@code shown} the one on this page. */
    public record FileVersion(long id, String fileName, Instant receivedAt, String channel, String receivedBy,
                              DeclarationStatus status, long sizeBytes, boolean current, boolean shown) implements Serializable {
    }

    @Inject
    transient Declarations declarations;

    @Inject
    DeclarationBean page;

    private int askedFor = -1;
    private List<FileVersion> files;
    private boolean accepted;

    public List<FileVersion> getFiles() {
        Declaration d = page.getDeclaration();
        if (d != null && (files == null || askedFor != page.getLoads())) {
            Declarations.Versions v = declarations.versions(d);
            accepted = v.accepted();
            files = v.files().stream().map(f -> new FileVersion(f.getId(), f.getFileName(), f.getReceivedAt(),
                    Formats.words(f.getChannel()), f.getReceivedBy(), f.getStatus(),
                    f.getStoredFile() == null ? 0 : f.getStoredFile().getSizeBytes(), f.getId() == v.currentId(),
                    f.getId().equals(d.getId()))).toList();
            askedFor = page.getLoads();
        }
        return files;
    }

    /** What "current" means here: the accepted one that counts, or the latest while none is accepted. */
    public String getCurrentMeaning() {
        getFiles();
        return accepted ? "the accepted declaration that counts for the year (a later accepted one replaces it)"
                : "the latest file received; none of them is accepted yet";
    }
}
