package org.oretrace.intake.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.oretrace.intake.application.Declarations;
import org.oretrace.intake.domain.Declaration;

/**
 * The declaration a detail page shows, read once per request and dropped with it (issue 18): the view-scoped page
 * kept the entity with all its smelter rows for as long as the view lived, 88,000 rows in the heap under load.
 */
@RequestScoped
public class DeclarationOfRequest {

    @Inject
    Declarations declarations;

    private Long id;
    private Declaration declaration;

    /** The declaration with its answers, rows and findings, or null when there is none with this id. */
    public Declaration of(Long wanted) {
        if (wanted == null) {
            return null;
        }
        if (!wanted.equals(id)) {
            declaration = declarations.load(wanted).orElse(null);
            id = wanted;
        }
        return declaration;
    }

    /** The next {@link #of} reads again (after an action changed the declaration). */
    public void forget() {
        id = null;
        declaration = null;
    }
}
