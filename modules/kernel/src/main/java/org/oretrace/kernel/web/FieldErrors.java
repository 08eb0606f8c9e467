package org.oretrace.kernel.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Runs a form's action and shows a refusal next to the field it is about (its {@code p:message}), not only in the
 * page's growl (issue 17: "every validation error says what is wrong and what to do, next to the field").
 * The refusals come from the application and domain layers as words for the person ("The escalation day must be
 * between 1 and 365, not 400"), which name the field; the form says which words belong to which of its fields:
 * <pre>
 * FieldErrors.at("create:year")
 *         .when("due date", "create:dueDate")
 *         .when("reminder", "create:reminders")
 *         .attempt(() -&gt; campaigns.create(...));
 * </pre>
 * The first rule whose words the refusal contains (ignoring case) wins; otherwise the refusal goes to the first field.
 * Failures that are not refusals (bugs) keep {@link PageMessages#failed}'s generic page message.
 */
public final class FieldErrors {

    private final String field;
    private final List<String[]> rules = new ArrayList<>();

    private FieldErrors(String field) {
        this.field = field;
    }

    /** @param clientId the field that gets a refusal no rule claims, e.g. "newSupplier:number" */
    public static FieldErrors at(String clientId) {
        return new FieldErrors(clientId);
    }

    /**
     * The client id of a field in the row a table's action runs for (the table has its row set while a button in a row
     * runs its action), e.g. {@code inRow("reviews:table", "smelter")} gives "reviews:table:3:smelter"; null (a page
     * message) outside a row.
     */
    public static String inRow(String tableClientId, String fieldId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId);
        if (table instanceof UIData data && data.getRowIndex() >= 0) {
            return tableClientId + UINamingContainer.getSeparatorChar(FacesContext.getCurrentInstance())
                    + data.getRowIndex() + UINamingContainer.getSeparatorChar(FacesContext.getCurrentInstance()) + fieldId;
        }
        return null;
    }

    /** A refusal containing these words (any case) is about that field. */
    public FieldErrors when(String words, String clientId) {
        rules.add(new String[]{words.toLowerCase(Locale.ROOT), clientId});
        return this;
    }

    /** The field a refusal with this message is about. */
    public String fieldOf(String message) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        for (String[] rule : rules) {
            if (text.contains(rule[0])) {
                return rule[1];
            }
        }
        return field;
    }

    /** The action's result, or null with the refusal shown next to its field (or the generic page message). */
    public <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            String refusal = PageMessages.refusalMessage(e);
            if (refusal == null) {
                PageMessages.failed(e);
            } else {
                PageMessages.errorAt(fieldOf(refusal), refusal);
            }
            return null;
        }
    }

    /** True when the action ran; otherwise the refusal is shown next to its field. */
    public boolean attempt(Runnable action) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }
}
