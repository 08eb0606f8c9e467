package org.oretrace.outreach.domain;

import org.oretrace.kernel.cmrt.RmiTemplate;

import java.util.List;

/** How mails and screens name the templates a campaign asks for: "CMRT", "CMRT and EMRT". */
public final class TemplateNames {

    private TemplateNames() {
    }

    /** "CMRT", "EMRT", "CMRT and EMRT". */
    public static String codes(List<RmiTemplate> templates) {
        return join(templates.stream().map(RmiTemplate::name).toList());
    }

    /** "Conflict Minerals Reporting Template (CMRT) and Extended Minerals Reporting Template (EMRT)". */
    public static String fullNames(List<RmiTemplate> templates) {
        return join(templates.stream().map(RmiTemplate::fullName).toList());
    }

    private static String join(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
