package org.oretrace.intake.infrastructure;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.xml.sax.SAXException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of an .xlsx/.xlsm package that intake reads, straight from the bytes in memory (the
 * central directory lets us inflate only those parts). Guards like POI's ZipSecureFile, within the
 * read's {@link ReadingBudget}: a package of more entries than the limit is refused before its
 * directory is parsed; a part that inflates beyond the part limit, or more than {@link #MAX_RATIO}
 * times its compressed size, or past the limit on all parts read together, is refused as a zip bomb.
 */
final class WorkbookPackage implements Closeable {

    static final int MAX_RATIO = 100;
    /** A central directory entry's signature, PK\1\2. */
    private static final int CENTRAL_ENTRY = 0x02014b50;
    private static final int GRACE_BYTES = 1024 * 1024;
    private static final String OFFICE_DOCUMENT = "/officeDocument";

    private final ZipFile zip;
    private final ReadingBudget budget;
    private String workbookPart;
    private String workbookContentType;
    private final Map<String, String> sheets = new LinkedHashMap<>();
    private String sharedStringsPart;

    private WorkbookPackage(ZipFile zip, ReadingBudget budget) {
        this.zip = zip;
        this.budget = budget;
    }

    static WorkbookPackage open(byte[] bytes) throws IOException, SAXException {
        return open(bytes, ReadingBudget.standard());
    }

    /** Opens the package; null when the zip is no Office package at all (no [Content_Types].xml). */
    static WorkbookPackage open(byte[] bytes, ReadingBudget budget) throws IOException, SAXException {
        int maxEntries = budget.limits().maxZipEntries();
        // counted in the bytes before the directory is parsed (its parsing costs per entry)
        if (centralEntries(bytes, maxEntries) > maxEntries) {
            throw tooManyEntries(maxEntries);
        }
        ZipFile zip;
        try {
            zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
        } catch (RuntimeException e) {
            throw damaged(e);
        }
        WorkbookPackage pkg = new WorkbookPackage(zip, budget);
        try {
            // the directory may hide entries from the signature count (e.g. a stored copy); count what was parsed
            int entries = 0;
            for (var e = zip.getEntries(); e.hasMoreElements(); e.nextElement()) {
                if (++entries > maxEntries) {
                    throw tooManyEntries(maxEntries);
                }
            }
            if (zip.getEntry("[Content_Types].xml") == null) {
                zip.close();
                return null;
            }
            pkg.locateWorkbook();
            return pkg;
        } catch (IOException | SAXException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** Central directory signatures in the bytes, counted up to just past {@code max}. */
    private static int centralEntries(byte[] b, int max) {
        int count = 0;
        for (int i = ByteSearch.indexOf(b, (byte) 0x50, 0, b.length - 3); i >= 0 && count <= max;
             i = ByteSearch.indexOf(b, (byte) 0x50, i + 1, b.length - 3)) {
            if (b[i + 1] == 0x4b && b[i + 2] == 0x01 && b[i + 3] == 0x02) {
                count++;
            }
        }
        return count;
    }

    private static ReadingLimitExceeded tooManyEntries(int max) {
        return ReadingBudget.unsafe(String.format(Locale.ROOT, "the workbook package holds more than %,d entries "
                + "(a CMRT has about 40).", max));
    }

    private void locateWorkbook() throws IOException, SAXException {
        byte[] rels = part("_rels/.rels");
        if (rels == null) {
            return;
        }
        XmlBytes x = new XmlBytes(rels, budget);
        while (x.nextTag()) {
            if (!x.closing && "Relationship".equals(x.anyName())) {
                String type = x.attributeAnyPrefix("Type");
                if (type != null && type.endsWith(OFFICE_DOCUMENT)) {
                    workbookPart = resolve("", x.attributeAnyPrefix("Target"));
                }
            }
        }
        if (workbookPart == null) {
            return;
        }
        byte[] types = part("[Content_Types].xml");
        x = new XmlBytes(types, budget);
        while (x.nextTag()) {
            if (!x.closing && "Override".equals(x.anyName())
                    && ("/" + workbookPart).equals(x.attributeAnyPrefix("PartName"))) {
                workbookContentType = x.attributeAnyPrefix("ContentType");
            }
        }
        String folder = workbookPart.contains("/") ? workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1) : "";
        String relsName = folder + "_rels/" + workbookPart.substring(folder.length()) + ".rels";
        Map<String, String> targets = new LinkedHashMap<>();
        byte[] workbookRels = part(relsName);
        if (workbookRels != null) {
            x = new XmlBytes(workbookRels, budget);
            while (x.nextTag()) {
                if (!x.closing && "Relationship".equals(x.anyName())) {
                    String target = resolve(folder, x.attributeAnyPrefix("Target"));
                    targets.put(x.attributeAnyPrefix("Id"), target);
                    String type = x.attributeAnyPrefix("Type");
                    if (type != null && type.endsWith("/sharedStrings")) {
                        sharedStringsPart = target;
                    }
                }
            }
        }
        byte[] workbook = part(workbookPart);
        if (workbook == null) {
            return;
        }
        x = new XmlBytes(workbook, budget);
        while (x.nextTag()) {
            if (!x.closing && "sheet".equals(x.anyName())) {
                String target = targets.get(x.attributeAnyPrefix("id"));
                String name = x.attributeAnyPrefix("name");
                if (target != null && name != null) {
                    sheets.put(name, target);
                }
            }
        }
    }

    private static String resolve(String folder, String target) {
        if (target == null) {
            return null;
        }
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        String path = folder + target;
        while (path.contains("/../")) {
            int up = path.indexOf("/../");
            int parent = path.lastIndexOf('/', up - 1);
            path = (parent < 0 ? "" : path.substring(0, parent + 1)) + path.substring(up + 4);
        }
        return path;
    }

    /** The workbook's content type, e.g. the macro-enabled one; null when the package has no workbook. */
    String workbookContentType() {
        return workbookContentType;
    }

    boolean hasWorkbook() {
        return workbookPart != null && zip.getEntry(workbookPart) != null;
    }

    /** Sheet names in workbook order, to their part names. */
    Map<String, String> sheets() {
        return sheets;
    }

    String sharedStringsPart() {
        return sharedStringsPart;
    }

    /** A part the workbook refers to (a sheet, the shared strings): its absence means the package is broken. */
    byte[] requiredPart(String name) throws IOException {
        byte[] bytes = part(name);
        if (bytes == null) {
            throw new IOException("The workbook refers to the part " + name + ", which is missing");
        }
        return bytes;
    }

    /** The part's bytes (UTF-16 parts converted to UTF-8), or null when the package has no such part. */
    byte[] part(String name) throws IOException {
        try {
            return inflate(name);
        } catch (ReadingLimitExceeded e) {
            throw e;
        } catch (RuntimeException e) {
            throw damaged(e);
        }
    }

    /** Commons Compress reports some damage (bad offsets, bad headers) as runtime exceptions. */
    private static IOException damaged(RuntimeException e) {
        return new IOException("The zip structure is damaged: " + e, e);
    }

    private byte[] inflate(String name) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long maxPart = budget.limits().maxPartBytes();
        if (entry.getSize() > maxPart) {
            throw bomb(name);
        }
        // inflated straight into an array of the size the central directory states (a 500-row Smelter List is
        // megabytes: growing a buffer and copying it out again was a tenth of what the reader allocated, issue 18);
        // the size is only a hint: what is read counts, and the array grows when a part is larger than it says
        byte[] bytes = new byte[(int) Math.min(Math.max(entry.getSize(), 1024), 16L * 1024 * 1024)];
        int total = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            while (true) {
                if (total == bytes.length) {
                    int more = in.read();
                    if (more < 0) {
                        break;
                    }
                    bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(Math.min((long) bytes.length * 2, maxPart + 2), Integer.MAX_VALUE - 8));
                    bytes[total] = (byte) more;
                    if (++total > maxPart) {
                        throw bomb(name);
                    }
                    budget.spendInflated(1, name);
                    continue;
                }
                int n = in.read(bytes, total, Math.min(64 * 1024, bytes.length - total));
                if (n <= 0) {
                    break;
                }
                total += n;
                if (total > maxPart || (total > GRACE_BYTES && total > compressed * MAX_RATIO)) {
                    throw bomb(name);
                }
                budget.spendInflated(n, name);
                budget.checkTime();
            }
        }
        if (total != bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, total);
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return new String(bytes, StandardCharsets.UTF_16).getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    private ReadingLimitExceeded bomb(String name) {
        return ReadingBudget.unsafe(String.format(Locale.ROOT, "Zip bomb detected: the part %s expands beyond the max. "
                + "ratio of %d or the max allowed size of %,d bytes.", name, MAX_RATIO, budget.limits().maxPartBytes()));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
