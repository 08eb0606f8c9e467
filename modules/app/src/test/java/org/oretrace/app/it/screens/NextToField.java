package org.oretrace.app.it.screens;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oretrace.app.it.support.Browser;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's rule for every form, checked the same way on each: the refusal shows in the field's own p:message, which
 * sits beside the field (in the field's own wrapper, not as a cell of the form's grid, so the fields after it keep
 * their columns), and the field (or a widget's own input) is described by it
 * (aria-describedby) and marked invalid (aria-invalid), whether a Faces validator or the application refused.
 */
final class NextToField {

    private NextToField() {
    }

    /** Waits for the message next to the field and checks its text and its link to the field; returns the text. */
    static String assertMessage(Browser browser, String fieldId, String text) {
        return assertMessage(browser, fieldId, fieldId + "-message", text);
    }

    static String assertMessage(Browser browser, String fieldId, String messageId, String text) {
        browser.waitForAjax();
        String shown;
        try {
            shown = new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        String t = d.findElements(By.id(messageId)).stream().findFirst().map(WebElement::getText).orElse("");
                        return t.isBlank() ? null : t;
                    });
        } catch (TimeoutException e) {
            throw new AssertionError("No message next to " + fieldId + "; screenshot "
                    + browser.screenshot("h17-no-message-" + fieldId.replaceAll("\\W", "-")) + "; the page shows:\n"
                    + browser.pageText(), e);
        }
        assertThat(shown).as("message next to " + fieldId).contains(text);
        @SuppressWarnings("unchecked")
        Map<String, Object> link = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
                var target = document.getElementById(arguments[0]);
                var message = document.getElementById(arguments[1]);
                var field = target.matches('input, textarea, select') ? target
                        : (target.querySelector('input:not([type=hidden]), textarea, select') || target);
                var described = (field.getAttribute('aria-describedby') || '').split(/\\s+/);
                var wrapper = message.parentElement;
                var display = getComputedStyle(wrapper).display;
                var ownCell = wrapper.tagName !== 'FORM' && display !== 'grid' && display !== 'inline-grid';
                // in a grid form the label after the field stays in the labels' column: a message that became a cell
                // of its own pushes it over
                var column = true;
                var before = wrapper.previousElementSibling, after = wrapper.nextElementSibling;
                while (before && before.tagName !== 'LABEL') { before = before.previousElementSibling; }
                while (after && after.tagName !== 'LABEL') { after = after.nextElementSibling; }
                if (before && after && before.offsetWidth > 0 && after.offsetWidth > 0) {
                    column = Math.round(before.getBoundingClientRect().left) === Math.round(after.getBoundingClientRect().left);
                }
                return {beside: wrapper.contains(target) && ownCell, column: column,
                        where: wrapper.tagName + '.' + wrapper.className + ' (' + display + ')',
                        describedBy: described.indexOf(message.id) >= 0,
                        invalid: field.getAttribute('aria-invalid')};""", fieldId, messageId);
        assertThat(link.get("beside")).as(messageId + " in " + fieldId + "'s own wrapper, not a cell of the form; it sits in "
                + link.get("where")).isEqualTo(true);
        assertThat(link.get("column")).as("the label after " + fieldId + " stays in the labels' column").isEqualTo(true);
        assertThat(link.get("describedBy")).as(fieldId + " aria-describedby " + messageId).isEqualTo(true);
        assertThat(link.get("invalid")).as(fieldId + " aria-invalid").isEqualTo("true");
        assertThat(shown).as("no stack trace").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(browser.pageText()).as("no generic failure").doesNotContain("Something went wrong");
        return shown;
    }

    /** Sets a field's value as a script would (a browser date field, whose typing depends on the locale), firing change. */
    static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('change', {bubbles: true}));", id, value);
    }

    /** Chooses an option of a PrimeFaces selectOneMenu by its label (through its hidden select, as the widget does). */
    static void choose(Browser browser, String menuId, String label) {
        ((JavascriptExecutor) browser.driver()).executeScript("""
                var select = document.getElementById(arguments[0] + '_input');
                for (var i = 0; i < select.options.length; i++) {
                    if (select.options[i].text === arguments[1]) { select.selectedIndex = i; }
                }
                var widget = PrimeFaces.getWidgetById(arguments[0]);
                if (widget && widget.selectValue) { widget.selectValue(select.value); }""", menuId, label);
        assertThat(new Select(browser.find(By.id(menuId + "_input"))).getFirstSelectedOption().getText()).isEqualTo(label);
    }
}
