package org.oretrace.filing.rollup.application;

import org.oretrace.kernel.Metal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Our EMRT's Mine List: the accepted EMRTs' Mine List rows (2.x) consolidated. One row per mineral, mine and smelter
 * sourcing from it (the template asks the mine per smelter): the mine by its ID when the row has one, else by its name
 * and country; the smelter by its name, case and spacing folded. The first supplier's row gives the details (address,
 * contact, next steps); each row keeps the declarations that list it. Rows naming neither mine nor mine ID, and rows of
 * minerals our EMRT does not declare in scope, are left out (the template asks mines of the minerals declared).
 */
public final class EmrtMines {

    /** One Mine List row, columns A–M, and the accepted EMRTs that list it. */
    public record Mine(Metal mineral, String smelterName, String mineName, String mineId, String sourceId, String country,
                       String street, String city, String province, String contactName, String contactEmail,
                       String nextSteps, String comment, List<Long> declarations) {

        /** Its cells A–M as the template orders them. */
        public String[] cells() {
            return new String[]{mineral.displayName(), smelterName, mineName, mineId, sourceId, country, street, city,
                province, contactName, contactEmail, nextSteps, comment};
        }
    }

    private EmrtMines() {
    }

    public static List<Mine> consolidate(List<RollupSources.DeclarationAnswers> accepted, Collection<Metal> inScope) {
        Map<String, Mine> byKey = new LinkedHashMap<>();
        for (RollupSources.DeclarationAnswers d : accepted) {
            for (RollupSources.MineRow r : d.mines()) {
                Metal mineral = Metal.fromText(r.mineral()).orElse(null);
                String id = text(r.mineId());
                String name = text(r.mineName());
                if (mineral == null || !inScope.contains(mineral) || (id == null && name == null)) {
                    continue;
                }
                String key = mineral + "|" + (id != null ? "id:" + fold(id) : fold(name) + "|" + fold(r.country()))
                        + "|" + fold(r.smelterName());
                Mine known = byKey.get(key);
                if (known == null) {
                    byKey.put(key, new Mine(mineral, text(r.smelterName()), name, id, text(r.sourceId()),
                            text(r.country()), text(r.street()), text(r.city()), text(r.province()),
                            text(r.contactName()), text(r.contactEmail()), text(r.nextSteps()), text(r.comment()),
                            List.of(d.declarationId())));
                } else if (!known.declarations().contains(d.declarationId())) {
                    List<Long> ids = new ArrayList<>(known.declarations());
                    ids.add(d.declarationId());
                    byKey.put(key, new Mine(known.mineral(), known.smelterName(), known.mineName(), known.mineId(),
                            known.sourceId(), known.country(), known.street(), known.city(), known.province(),
                            known.contactName(), known.contactEmail(), known.nextSteps(), known.comment(), List.copyOf(ids)));
                }
            }
        }
        return byKey.values().stream().sorted(Comparator.comparing(Mine::mineral)
                .thenComparing(m -> m.mineName() == null ? "" : m.mineName())
                .thenComparing(m -> m.smelterName() == null ? "" : m.smelterName())).toList();
    }

    private static String fold(String s) {
        String t = text(s);
        return t == null ? "" : t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
