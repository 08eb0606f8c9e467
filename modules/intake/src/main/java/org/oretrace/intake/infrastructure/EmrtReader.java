package org.oretrace.intake.infrastructure;

import org.xml.sax.SAXException;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a supplier's EMRT (1.1–2.1) the way {@link CmrtReader} reads a CMRT: the same size limit, zip-bomb guards,
 * reading budget and cell scanner, only the Revision, Declaration, Smelter List, Mine List and Product List parts
 * inflated. Never throws for bad input. Files that are no workbook at all get CmrtReader's rejection (it tells
 * old binary and encrypted files apart). Thread-safe.
 */
public class EmrtReader {

    private static final Logger LOG = Logger.getLogger(EmrtReader.class.getName());

    private final CmrtReader cmrtReader;

    public EmrtReader() {
        this(new CmrtReader());
    }

    /** Same limits as the CMRT reader it is given. */
    public EmrtReader(CmrtReader cmrtReader) {
        this.cmrtReader = cmrtReader;
    }

    public EmrtReading read(byte[] bytes, String fileName) {
        if (bytes == null || bytes.length == 0 || bytes.length > cmrtReader.maxBytes()
                || FileSignature.of(bytes) != FileSignature.ZIP) {
            return EmrtReading.of(cmrtReader.read(bytes, fileName));
        }
        try {
            return readPackage(bytes, fileName);
        } catch (ReadingLimitExceeded e) {
            LOG.log(Level.WARNING, "Refused {0} ({1}): {2}", new Object[] {fileName, e.code(), e.getMessage()});
            return EmrtReading.rejected(e.code(), e.getMessage());
        } catch (IOException | SAXException e) {
            return EmrtReading.of(CmrtReader.classify(e));
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError vmError && !(e instanceof OutOfMemoryError)) {
                throw vmError;
            }
            if (!(e instanceof OutOfMemoryError)) {
                LOG.log(Level.WARNING, "The EMRT reader failed on " + fileName, e);
            }
            return EmrtReading.of(CmrtReader.classify(e));
        }
    }

    private EmrtReading readPackage(byte[] bytes, String fileName) throws IOException, SAXException {
        ReadingLimits limits = cmrtReader.limits();
        EmrtSheets sheets = new EmrtSheets(limits);
        return CmrtReader.scanWorkbook(bytes, fileName, limits, "EMRT", sheets::sinkFor, sheets::toReading,
                EmrtReading::rejected);
    }
}
