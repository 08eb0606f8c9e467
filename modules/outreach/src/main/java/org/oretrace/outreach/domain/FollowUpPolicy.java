package org.oretrace.outreach.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.oretrace.kernel.BusinessRuleException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * When to follow up on an unanswered request: reminders N days after the request, an escalation
 * to the supplier's internal owner, and a final notice on the due date.
 */
@Embeddable
public class FollowUpPolicy implements java.io.Serializable {

    public static final List<Integer> DEFAULT_REMINDER_DAYS = List.of(14, 28, 42);
    public static final int DEFAULT_ESCALATION_DAY = 56;

    @Column(name = "reminder_days", nullable = false, length = 100)
    private String reminderDays;

    /** Null: never escalate. */
    @Column(name = "escalation_day")
    private Integer escalationDay;

    @Column(name = "final_notice", nullable = false)
    private boolean finalNotice;

    protected FollowUpPolicy() {
    }

    public FollowUpPolicy(List<Integer> reminderDays, Integer escalationDay, boolean finalNotice) {
        for (Integer day : reminderDays) {
            if (day == null || day < 1 || day > 365) {
                throw new BusinessRuleException("Reminder days must be between 1 and 365, not " + day);
            }
        }
        if (escalationDay != null && (escalationDay < 1 || escalationDay > 365)) {
            throw new BusinessRuleException("The escalation day must be between 1 and 365, not " + escalationDay);
        }
        this.reminderDays = reminderDays.stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.escalationDay = escalationDay;
        this.finalNotice = finalNotice;
    }

    public static FollowUpPolicy standard() {
        return new FollowUpPolicy(DEFAULT_REMINDER_DAYS, DEFAULT_ESCALATION_DAY, true);
    }

    /** Parses "14, 28, 42" as typed on the campaign screen. */
    public static List<Integer> parseDays(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).map(s -> Integer.valueOf(s.strip())).toList();
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("Reminder days must be whole numbers separated by commas, e.g. 14, 28, 42");
        }
    }

    public List<Integer> reminderDays() {
        return parseDays(reminderDays);
    }

    public Integer escalationDay() {
        return escalationDay;
    }

    public boolean finalNotice() {
        return finalNotice;
    }

    /** The follow-up steps of a request made on {@code requestedOn}, in date order. */
    public List<Step> steps(LocalDate requestedOn, LocalDate dueDate) {
        List<Step> steps = new ArrayList<>();
        for (int day : reminderDays()) {
            steps.add(new Step(requestedOn.plusDays(day), MailKind.REMINDER));
        }
        if (escalationDay != null) {
            steps.add(new Step(requestedOn.plusDays(escalationDay), MailKind.ESCALATION));
        }
        if (finalNotice && dueDate != null && dueDate.isAfter(requestedOn)) {
            steps.add(new Step(dueDate, MailKind.FINAL_NOTICE));
        }
        steps.sort(Comparator.comparing(Step::on));
        return steps;
    }

    public String describe() {
        String reminders = reminderDays().isEmpty() ? "no reminders" : "reminders after " + reminderDays + " days";
        String escalation = escalationDay == null ? "no escalation" : "escalation to the owner after " + escalationDay + " days";
        return reminders + ", " + escalation + (finalNotice ? ", final notice on the due date" : "");
    }

    public record Step(LocalDate on, MailKind kind) {
    }
}
