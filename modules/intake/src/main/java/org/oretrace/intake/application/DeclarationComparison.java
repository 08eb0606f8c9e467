package org.oretrace.intake.application;

import org.oretrace.intake.domain.Answer;
import org.oretrace.intake.domain.Declaration;
import org.oretrace.intake.domain.SmelterRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed between a supplier's previous declaration and this one. */
public record DeclarationComparison(Long previousId, List<String> smeltersAdded, List<String> smeltersRemoved,
                                    List<ChangedAnswer> answersChanged) implements java.io.Serializable {

    public record ChangedAnswer(String question, String metal, String before, String after) implements java.io.Serializable {
    }

    public static DeclarationComparison between(Declaration previous, Declaration current) {
        Map<String, String> before = smelters(previous);
        Map<String, String> after = smelters(current);
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        after.forEach((key, label) -> {
            if (!before.containsKey(key)) {
                added.add(label);
            }
        });
        before.forEach((key, label) -> {
            if (!after.containsKey(key)) {
                removed.add(label);
            }
        });
        List<ChangedAnswer> changed = new ArrayList<>();
        for (Answer a : current.getAnswers()) {
            String old = previous.answer(a.getQuestion(), a.getMetal()).map(Answer::getAnswer).orElse(null);
            if (!Objects.equals(old, a.getAnswer())) {
                changed.add(new ChangedAnswer(a.getQuestion(), a.getMetal() == null ? null : a.getMetal().displayName(),
                        old, a.getAnswer()));
            }
        }
        return new DeclarationComparison(previous.getId(), added, removed, changed);
    }

    /** Smelters by resolved ID, or by metal and name when the registry did not resolve them. */
    private static Map<String, String> smelters(Declaration d) {
        Map<String, String> smelters = new LinkedHashMap<>();
        for (SmelterRow row : d.getSmelters()) {
            String name = row.nameForMatching();
            String key = row.getResolvedSmelterId() != null ? row.getResolvedSmelterId()
                    : (row.getMetal() + "|" + name).toLowerCase(java.util.Locale.ROOT);
            String label = (row.getResolvedSmelterId() != null ? row.getResolvedSmelterId() + " " : "")
                    + (name == null ? "(no name)" : name) + (row.getMetal() == null ? "" : " (" + row.getMetal() + ")");
            smelters.putIfAbsent(key, label);
        }
        return smelters;
    }
}
