package org.oretrace.filing.rollup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.oretrace.kernel.BusinessRuleException;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A person's answer in place of the roll-up's, with the reason; kept with the version it was given for. */
@Embeddable
public class AnswerOverride implements Serializable {

    @Column(name = "question_key", length = 12, nullable = false)
    private String questionKey;

    @Column(name = "answer", length = 100, nullable = false)
    private String answer;

    @Column(name = "reason", length = 2000, nullable = false)
    private String reason;

    @Column(name = "overridden_by", length = 200, nullable = false)
    private String overriddenBy;

    @Column(name = "overridden_at", nullable = false)
    private Instant overriddenAt;

    protected AnswerOverride() {
    }

    public AnswerOverride(String questionKey, String answer, String reason, String overriddenBy, Instant overriddenAt) {
        this.questionKey = questionKey;
        this.answer = answer;
        this.reason = reason;
        this.overriddenBy = overriddenBy;
        this.overriddenAt = overriddenAt;
    }

    /**
     * Checks a person's answer before it is stored, for either template: one of the question's answers, a reason of at
     * most 2,000 characters (the column). The template checks its own question keys first.
     *
     * @return the answer without surrounding blanks
     */
    public static String checkedAnswer(String key, String answer, String reason, List<String> allowed) {
        if (answer == null || !allowed.contains(answer.strip())) {
            throw new BusinessRuleException("The answer to " + key + " must be one of " + String.join(", ", allowed));
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("An override needs a reason: write why our answer differs from the roll-up");
        }
        if (reason.length() > 2000) {
            throw new BusinessRuleException("The reason is limited to 2,000 characters");
        }
        return answer.strip();
    }

    public AnswerOverride copy() {
        return new AnswerOverride(questionKey, answer, reason, overriddenBy, overriddenAt);
    }

    public String getQuestionKey() { return questionKey; }
    public String getAnswer() { return answer; }
    public String getReason() { return reason; }
    public String getOverriddenBy() { return overriddenBy; }
    public Instant getOverriddenAt() { return overriddenAt; }
}
