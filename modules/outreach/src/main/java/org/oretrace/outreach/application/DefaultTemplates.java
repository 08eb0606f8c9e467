package org.oretrace.outreach.application;

import org.oretrace.outreach.domain.MailKind;

/** The English texts used until someone writes the organisation's own; every kind has one. */
final class DefaultTemplates {

    private DefaultTemplates() {
    }

    static TemplateText of(MailKind kind) {
        return switch (kind) {
            case REQUEST -> new TemplateText("Conflict minerals survey {reportingYear}: please return your {templateCodes} by {dueDate}", """
                    Dear {contactName},

                    As part of our conflict minerals programme under Rule 13p-1 of the U.S. Securities Exchange Act, \
                    we ask our suppliers about the tin, tantalum, tungsten and gold (3TG) in the products they deliver to us.

                    Please complete the attached {templates} of the Responsible Minerals \
                    Initiative for {supplierName}, covering calendar year {reportingYear}, and send it back by {dueDate} \
                    in reply to this email. Please return the Excel file itself, not a PDF or a scan.

                    If your products contain no 3TG, please still complete the Declaration tab and answer "No" to \
                    question 1 for each metal.

                    Thank you for your support.

                    {sender}
                    """, "built-in English text");
            case REMINDER -> new TemplateText("Reminder: conflict minerals survey {reportingYear} ({templateCodes} due {dueDate})", """
                    Dear {contactName},

                    We have not yet received the {templates} of {supplierName} for \
                    {reportingYear}, which we asked for in our earlier email. Please send the completed Excel file by \
                    {dueDate} in reply to this email.

                    If you have already sent it, thank you, and please disregard this reminder.

                    {sender}
                    """, "built-in English text");
            case ESCALATION -> new TemplateText("Escalation: {supplierName} has not returned its {templateCodes} for {reportingYear}", """
                    Dear {contactName},

                    You are the internal owner of the supplier {supplierName}. Despite our request and reminders, the \
                    supplier has not returned its {templates} for {reportingYear}, \
                    which is due by {dueDate}.

                    Please contact the supplier and ask them to send the completed template to us.

                    {sender}
                    """, "built-in English text");
            case FINAL_NOTICE -> new TemplateText("Final notice: conflict minerals survey {reportingYear} is due today", """
                    Dear {contactName},

                    Today, {dueDate}, is the due date of our conflict minerals survey for {reportingYear}. We have not \
                    received the {templates} of {supplierName}.

                    Please send the completed Excel file today. Suppliers who do not respond are reported as such in \
                    our Conflict Minerals Report to the SEC.

                    {sender}
                    """, "built-in English text");
            case CORRECTIVE_ACTION -> new TemplateText("Conflict minerals survey {reportingYear}: corrections needed in your CMRT", """
                    Dear {contactName},

                    Thank you for the Conflict Minerals Reporting Template (CMRT) of {supplierName} for {reportingYear}. \
                    On review we found answers that need to be corrected or completed. Please send a corrected file \
                    by {dueDate}.

                    {sender}
                    """, "built-in English text");
            case OTHER -> new TemplateText("{supplierName}", "{sender}", "built-in English text");
        };
    }
}
