/*
 * Field messages for screen readers (issue 17). A p:message is rendered next to its field, but PrimeFaces does not tell
 * assistive technology which field it belongs to; this links every field message that shows an error to its field
 * (aria-describedby, aria-invalid), on each page and after each ajax update, and unlinks it once the message is gone.
 * p:message writes its field's client id in data-target (else the message's id names it: "x-message"); for composite widgets (autocomplete, date picker, file
 * upload) the link goes to the widget's own input. It also takes the hidden input of a skinned file upload out of
 * the tab order (see hiddenFileInputs).
 */
(function () {
    function fieldOf(target) {
        if (target.matches('input, textarea, select')) {
            return target;
        }
        return target.querySelector('input:not([type=hidden]), textarea, select') || target;
    }

    function link() {
        document.querySelectorAll('.ui-message[id]').forEach(function (message) {
            // the field's id: as p:message states it, else by Oretrace's naming ("name-message" is the message of "name")
            var targetId = message.getAttribute('data-target')
                || (/-message$/.test(message.id) ? message.id.slice(0, -'-message'.length) : null);
            var target = targetId ? document.getElementById(targetId) : null;
            if (!target) {
                return;
            }
            var field = fieldOf(target);
            var showing = message.textContent.trim() !== '';
            var ids = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (id) {
                return id && id !== message.id;
            });
            if (showing) {
                ids.push(message.id);
                field.setAttribute('aria-invalid', 'true');
            } else if (field.getAttribute('aria-invalid') === 'true') {
                field.removeAttribute('aria-invalid');
            }
            if (ids.length) {
                field.setAttribute('aria-describedby', ids.join(' '));
            } else {
                field.removeAttribute('aria-describedby');
            }
        });
    }

    /*
     * A skinned simple file upload is operated through its button (focusable, named by the label); the real file input
     * under it is aria-hidden yet still in the tab order, which axe counts as a serious fault (aria-hidden-focus): it
     * leaves the tab order, Selenium's sendKeys to it still works.
     */
    function hiddenFileInputs() {
        document.querySelectorAll('input[type=file]').forEach(function (input) {
            if (input.closest('[aria-hidden=true]')) {
                input.setAttribute('tabindex', '-1');
            }
        });
    }

    function onPage() {
        link();
        hiddenFileInputs();
    }

    // PrimeFaces' jQuery is loaded by the time the document is
    document.addEventListener('DOMContentLoaded', function () {
        onPage();
        if (window.jQuery) {
            jQuery(document).on('pfAjaxComplete', onPage);
        }
    });
})();
