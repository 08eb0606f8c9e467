package org.oretrace.outreach.web;

import org.oretrace.outreach.domain.ContactChannel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A manual contact (phone call, letter, meeting, outside email) being logged on a page. */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ContactChannel channel = ContactChannel.PHONE;
    private LocalDate date;
    private String person;
    private String summary;
    private String outcome;

    ContactForm(LocalDate today) {
        this.date = today;
    }

    /** After logging: ready for the next contact, same channel and person. */
    void clear() {
        summary = null;
        outcome = null;
    }

    public List<ContactChannel> getChannels() {
        return ContactChannel.manual();
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public void setChannel(ContactChannel channel) {
        this.channel = channel;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
