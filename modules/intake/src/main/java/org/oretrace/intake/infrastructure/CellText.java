package org.oretrace.intake.infrastructure;

import java.math.BigDecimal;

/** Cell typing: how a cell's stored text becomes what the supplier typed (escapes, plain numbers). */
final class CellText {

    /** A number is shown as plain digits only within this scale; beyond it (1E999999999) the text stays as stored. */
    private static final int MAX_PLAIN_SCALE = 40;

    private CellText() {
    }

    /**
     * Strings in a workbook escape characters XML cannot hold as {@code _xHHHH_}: Excel writes a typed
     * carriage return as {@code _x000D_} and a typed "_x" as {@code _x005F_x}. POI decodes them the same way.
     */
    static String unescape(String text) {
        if (text == null || text.indexOf("_x") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 6 < text.length() && text.charAt(i) == '_' && text.charAt(i + 1) == 'x' && text.charAt(i + 6) == '_'
                    && isHex(text, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(text, i + 2, i + 6, 16));
                i += 7;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** "1.0E-2" and "15.0" become "0.01" and "15": what a person typed. */
    static String plainNumber(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(s).stripTrailingZeros();
            // a hostile exponent would make toPlainString write a billion zeros
            return Math.abs(number.scale()) > MAX_PLAIN_SCALE ? s : number.toPlainString();
        } catch (NumberFormatException e) {
            return s;
        }
    }
}
