package org.oretrace.intake.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.intake.application.RefusedMails;
import org.oretrace.intake.domain.MailRefusal;
import org.oretrace.kernel.InputLimits;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.kernel.web.PageMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The mails the mailbox refused: newest first, paged in the database, each original downloadable (COMPLIANCE). */
@Named
@ViewScoped
public class MailRefusalsBean implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    transient RefusedMails refusedMails;

    @Inject
    transient ApplicationClock clock;

    /** One refusal as the table shows it. */
    public record Line(long id, String refusedAt, String from, String subject, String sentAt, String size,
                       String reason, String stored, String keptIn) implements Serializable {
    }

    private String from;
    /** The sender filter of the last valid search; the table shows what it finds. */
    private String applied;

    private final LazyDataModel<Line> lines = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, refusedMails.count(applied));
        }

        @Override
        public List<Line> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return refusedMails.page(applied, first, pageSize).stream().map(MailRefusalsBean.this::line).toList();
        }

        @Override
        public String getRowKey(Line line) {
            return String.valueOf(line.id());
        }
    };

    public void search() {
        String valid = PageMessages.attempt(() -> InputLimits.search(from == null ? "" : from));
        if (valid != null) {
            applied = valid.isBlank() ? null : valid.strip();
        }
    }

    /** The original mail as an .eml download; null (and a message on the page) when it cannot be fetched. */
    public StreamedContent original(long id) {
        RefusedMails.Original original = PageMessages.attempt(() -> refusedMails.original(id));
        if (original == null) {
            return null;
        }
        return DefaultStreamedContent.builder().name(original.fileName()).contentType("message/rfc822")
                .stream(() -> {
                    try {
                        return Files.newInputStream(original.file(), StandardOpenOption.DELETE_ON_CLOSE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }

    private Line line(MailRefusal r) {
        return new Line(r.getId(), when(r.getRefusedAt()), r.getMailFrom() == null ? "(no sender)" : r.getMailFrom(),
                r.getMailSubject() == null ? "(no subject)" : r.getMailSubject(), when(r.getMailDate()),
                bytes(r.getSizeBytes()), r.getReason(), r.getFilesKept() + (r.getFilesKept() == 1 ? " file, " : " files, ")
                + bytes(r.getBytesKept()), r.getKeptIn());
    }

    private String when(Instant instant) {
        return instant == null ? "(not given)" : WHEN.format(instant.atZone(clock.zone()));
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " bytes";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ENGLISH, "%.1f KB", n / 1024.0);
        }
        return String.format(Locale.ENGLISH, "%.1f MB", n / (1024.0 * 1024));
    }

    /** How many refusals the current search finds. */
    public long getCount() {
        return refusedMails.count(applied);
    }

    public LazyDataModel<Line> getLines() {
        return lines;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }
}
