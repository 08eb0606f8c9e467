/*
 * Review queues by keyboard (issue 17). A table with class ot-queue has one item per row; in it:
 * Alt+ArrowDown / Alt+ArrowUp go to the next / previous item (its first field gets the focus),
 * Alt+Enter confirms the item (its button with class ot-queue-confirm), Alt+U marks it with its other
 * decision (class ot-queue-other: "unknown", "dismiss", "escalate"), the note field being the reason.
 * Used by the match review, sanctions hits and risk reviews.
 * After the table is redrawn the focus returns to the same position, i.e. the next item.
 */
(function () {
    var lastIndex = null;

    function rows() {
        return Array.prototype.slice.call(document.querySelectorAll('.ot-queue tbody tr[data-ri]'));
    }

    function rowOf(element) {
        return element && element.closest ? element.closest('.ot-queue tbody tr[data-ri]') : null;
    }

    function focusRow(index) {
        var all = rows();
        if (all.length === 0) {
            return;
        }
        var i = Math.max(0, Math.min(index, all.length - 1));
        all.forEach(function (r) { r.classList.remove('ot-queue-current'); });
        var row = all[i];
        row.classList.add('ot-queue-current');
        var field = row.querySelector('textarea:not([disabled]), input:not([type=hidden]):not([disabled]), button:not([disabled])');
        if (field) {
            field.focus();
        }
        lastIndex = i;
    }

    function press(row, selector) {
        var button = row && row.querySelector(selector);
        if (button && !button.disabled) {
            lastIndex = rows().indexOf(row);
            button.click();
            return true;
        }
        return false;
    }

    document.addEventListener('keydown', function (event) {
        if (!event.altKey || document.querySelector('.ot-queue') === null) {
            return;
        }
        var row = rowOf(document.activeElement);
        var index = row ? rows().indexOf(row) : -1;
        var handled = false;
        var key = event.key || '';
        if (key === 'ArrowDown' || event.keyCode === 40) {
            focusRow(index + 1);
            handled = true;
        } else if (key === 'ArrowUp' || event.keyCode === 38) {
            focusRow(index < 0 ? 0 : index - 1);
            handled = true;
        } else if (key === 'Enter' || event.keyCode === 13) {
            handled = press(row, '.ot-queue-confirm');
        } else if (key === 'u' || key === 'U' || event.keyCode === 85) {
            handled = press(row, '.ot-queue-other');
        }
        if (handled) {
            event.preventDefault();
            event.stopPropagation();
        }
    }, true);

    // PrimeFaces redraws the table after a decision: continue where the person was
    document.addEventListener('DOMContentLoaded', function () {
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', function () {
                if (lastIndex !== null && document.querySelector('.ot-queue')) {
                    focusRow(lastIndex);
                }
            });
        }
    });
}());
