package org.oretrace.filing.rollup.domain;

import org.oretrace.kernel.Metal;

import java.util.List;
import java.util.function.Predicate;

/** How the roll-up rules of both templates read a group of suppliers' answers to one question (each rule once). */
final class SupplierAnswers {

    private SupplierAnswers() {
    }

    /** "Yes" when any answers "Yes"; "Unknown" when one answers anything but "No" (or nothing); else "No". */
    static String anyYes(List<RollupInput.SupplierDeclaration> list, String q, Metal m) {
        if (list.stream().anyMatch(d -> yes(d.answer(q, m)))) {
            return "Yes";
        }
        return list.stream().anyMatch(d -> !no(d.answer(q, m))) ? "Unknown" : "No";
    }

    /** "Yes" only when every one answers "Yes"; "No" when any answers "No"; else "Unknown". */
    static String allYes(List<RollupInput.SupplierDeclaration> list, String q, Metal m) {
        if (list.stream().allMatch(d -> yes(d.answer(q, m)))) {
            return "Yes";
        }
        return list.stream().anyMatch(d -> no(d.answer(q, m))) ? "No" : "Unknown";
    }

    static List<RollupInput.SupplierDeclaration> filter(List<RollupInput.SupplierDeclaration> list,
                                                       Predicate<RollupInput.SupplierDeclaration> p) {
        return list.stream().filter(p).toList();
    }

    static List<Long> ids(List<RollupInput.SupplierDeclaration> list) {
        return list.stream().map(RollupInput.SupplierDeclaration::declarationId).toList();
    }

    static boolean yes(String v) {
        return v != null && v.strip().equalsIgnoreCase("Yes");
    }

    static boolean no(String v) {
        return v != null && v.strip().equalsIgnoreCase("No");
    }
}
