package org.oretrace.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A mail the mailbox refused in whole or in part because it went over a limit: who sent it, why it was
 * refused, what of it was stored as declarations, and the mail folder that keeps the original message.
 */
@Entity
@Table(name = "intake_mail_refusal")
public class MailRefusal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_mail_refusal_seq")
    @SequenceGenerator(name = "intake_mail_refusal_seq", sequenceName = "intake_mail_refusal_seq", allocationSize = 50)
    private Long id;

    @Column(name = "refused_at", nullable = false, updatable = false)
    private Instant refusedAt;

    @Column(name = "mail_from", length = 500, updatable = false)
    private String mailFrom;

    @Column(name = "mail_subject", length = 1000, updatable = false)
    private String mailSubject;

    @Column(name = "mail_date", updatable = false)
    private Instant mailDate;

    @Column(name = "message_id", length = 500, updatable = false)
    private String messageId;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "reason", nullable = false, length = 2000, updatable = false)
    private String reason;

    @Column(name = "files_kept", nullable = false, updatable = false)
    private int filesKept;

    @Column(name = "bytes_kept", nullable = false, updatable = false)
    private long bytesKept;

    @Column(name = "kept_in", nullable = false, length = 200, updatable = false)
    private String keptIn;

    protected MailRefusal() {
    }

    public MailRefusal(Instant refusedAt, String mailFrom, String mailSubject, Instant mailDate, String messageId,
                       long sizeBytes, String reason, int filesKept, long bytesKept, String keptIn) {
        this.refusedAt = refusedAt;
        this.mailFrom = Text.clip(mailFrom, 500);
        this.mailSubject = Text.clip(mailSubject, 1000);
        this.mailDate = mailDate;
        this.messageId = Text.clip(messageId, 500);
        this.sizeBytes = sizeBytes;
        this.reason = Text.clip(reason, 2000);
        this.filesKept = filesKept;
        this.bytesKept = bytesKept;
        this.keptIn = Text.clip(keptIn, 200);
    }

    public Long getId() {
        return id;
    }

    public Instant getRefusedAt() {
        return refusedAt;
    }

    public String getMailFrom() {
        return mailFrom;
    }

    public String getMailSubject() {
        return mailSubject;
    }

    public Instant getMailDate() {
        return mailDate;
    }

    public String getMessageId() {
        return messageId;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getReason() {
        return reason;
    }

    public int getFilesKept() {
        return filesKept;
    }

    public long getBytesKept() {
        return bytesKept;
    }

    public String getKeptIn() {
        return keptIn;
    }
}
