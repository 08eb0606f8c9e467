package org.oretrace.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.oretrace.kernel.Metal;

/**
 * One answer of the declaration: questions "1".."8" per metal, or the company-level questions
 * "A".."H" (metal null). Values are the template's English list entries in every display language.
 */
@Embeddable
public class Answer implements java.io.Serializable {

    @Column(name = "question", nullable = false, length = 2)
    private String question;
    @Enumerated(EnumType.STRING)
    @Column(name = "metal", length = 20)
    private Metal metal;
    @Column(name = "answer", length = 300)
    private String answer;
    @Column(name = "comment_text", length = 2000)
    private String comment;

    protected Answer() {
    }

    public Answer(String question, Metal metal, String answer, String comment) {
        this.question = question;
        this.metal = metal;
        this.answer = Text.clip(answer, 300);
        this.comment = Text.clip(comment, 2000);
    }

    public String getQuestion() {
        return question;
    }

    public Metal getMetal() {
        return metal;
    }

    public String getAnswer() {
        return answer;
    }

    public String getComment() {
        return comment;
    }

    public boolean isCompanyLevel() {
        return metal == null;
    }

    public boolean is(String value) {
        return Text.equalsIgnoreCase(answer, value);
    }
}
