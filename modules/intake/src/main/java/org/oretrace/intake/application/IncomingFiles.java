package org.oretrace.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The one way a received file enters intake, for the upload screen, the REST upload and the mailbox
 * alike: a zip archive is unpacked here (and only here) against a {@link Budget}, each workbook in it
 * then received like a single file. An archive that goes over the budget is refused as a whole (none
 * of its files is stored) with the reason; files received before it stay.
 */
@ApplicationScoped
public class IncomingFiles {

    /** What became of one file; a zip gives one per workbook in it, or one refusal for the archive. */
    public record Outcome(String label, Long declarationId, boolean duplicate, String refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    /** Receives one file (stores it, and for a person also reads it). */
    @FunctionalInterface
    public interface Receiver {
        Received receive(Incoming file);
    }

    @Inject
    DeclarationIntake intake;

    @Inject
    IntakeSettings settings;

    /** A zip archive of files rather than a workbook (itself a zip, with [Content_Types].xml). */
    public static boolean isArchive(String fileName, byte[] bytes) {
        return Archive.isArchive(fileName, bytes);
    }

    /** A person hands in a file or an archive (screen, REST): each workbook stored and read at once. */
    public List<Outcome> submit(Incoming in) {
        return receive(in, uploadBudget(), intake::submit);
    }

    /** The budget of one upload request: an archive's entries and unpacked bytes. */
    public Budget uploadBudget() {
        return new Budget(settings.maxArchiveEntries(), settings.maxArchiveEntries(),
                "files in an archive (oretrace.intake.max-archive-entries)", settings.maxArchiveBytes(),
                Budget.megabytes(settings.maxArchiveBytes()) + " unpacked (oretrace.intake.max-archive-bytes)");
    }

    /**
     * Receives a file, unpacking it first when it is a zip archive. The budget counts what is kept: a plain
     * file takes one file and its bytes from it, an archive its entries and the bytes it unpacks to.
     */
    public List<Outcome> receive(Incoming in, Budget budget, Receiver receiver) {
        if (!Archive.isArchive(in.fileName(), in.bytes())) {
            String refusal = budget.file();
            if (refusal == null) {
                refusal = budget.bytes(in.bytes().length);
            }
            if (refusal != null) {
                return List.of(new Outcome(in.fileName(), null, false, "Not taken in: " + refusal + "."));
            }
            Received received = receiver.receive(in);
            return List.of(new Outcome(in.fileName(), received.declarationId(), received.duplicate(), null));
        }
        Archive.Unpacked unpacked = Archive.unpack(in.bytes(), settings.maxFileBytes(), budget);
        if (unpacked.refusal() != null) {
            budget.release(unpacked.files().size(), unpacked.files().stream().mapToLong(e -> e.bytes().length).sum());
            return List.of(new Outcome(in.fileName(), null, false, "The archive was refused, none of its files was "
                    + "stored: " + unpacked.refusal() + ". Please send the workbooks in smaller archives or one by one."));
        }
        if (unpacked.files().isEmpty()) {
            return List.of(new Outcome(in.fileName(), null, false, "The archive is empty."));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Archive.Entry entry : unpacked.files()) {
            Received received = receiver.receive(new Incoming(entry.bytes(), entry.name(), in.channel(), in.supplierId(),
                    in.reportingYear(), in.mailFrom(), in.mailSubject(), in.mailDate(), in.senderVerified()));
            outcomes.add(new Outcome(in.fileName() + " › " + entry.name(), received.declarationId(), received.duplicate(),
                    null));
        }
        return outcomes;
    }
}
