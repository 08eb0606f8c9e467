package org.oretrace.registry.application;

import org.oretrace.kernel.BusinessRuleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.registry.domain.RmapCategory;
import org.oretrace.registry.domain.RmapStatusEntry;
import org.oretrace.registry.domain.RmapStatusTerm;
import org.oretrace.registry.domain.Smelter;
import org.oretrace.registry.infrastructure.Csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * RMAP status history from CSV uploads, and the configurable status vocabulary.
 *
 * <p>CSV columns (header row required; names case-insensitive, in any order, extra columns ignored):
 * <ul>
 *   <li>smelter ID — "Smelter ID", "Smelter Identification Number", "CID", "Smelter Reference ID" (required)</li>
 *   <li>status — "Status", "RMAP Status", "Assessment Status", "Conformance Status", "Smelter Status" (required)</li>
 *   <li>status date — "Status Date", "Date", "As Of", "Last Updated", "Effective Date", "Assessment Date",
 *       "Last Audit Date" (required; 2024-03-15, 3/15/2024, 15-Mar-2024, March 15, 2024 or 15.03.2024)</li>
 *   <li>metal — "Metal", "Mineral" (optional; a row whose metal contradicts the registry is refused)</li>
 * </ul>
 */
@ApplicationScoped
public class RmapStatusService {

    static final Map<String, List<String>> COLUMNS = Map.of(
            "smelterId", List.of("smelter id", "smelter_id", "smelterid", "smelter identification number", "cid", "smelter reference id",
                    "rmi smelter id", "facility id"),
            "status", List.of("status", "rmap status", "assessment status", "conformance status", "smelter status", "rmap_status"),
            "date", List.of("status date", "status_date", "date", "as of", "as of date", "last updated", "effective date",
                    "assessment date", "last audit date", "status as of"),
            "metal", List.of("metal", "mineral"));

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d-MMM-uuuu").toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM uuuu").toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMMM d, uuuu").toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM d, uuuu").toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT));

    @PersistenceContext(unitName = "oretrace")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ApplicationClock clock;

    @Inject
    CurrentUser currentUser;

    @Allowed(Role.ADMIN)
    @Transactional
    public RmapImportResult importCsv(InputStream csv, String fileName) throws IOException {
        List<List<String>> records;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            records = Csv.readAll(reader);
        }
        if (records.isEmpty()) {
            throw new BusinessRuleException("The CSV file is empty");
        }
        Map<String, Integer> columns = columns(records.get(0));
        Instant now = clock.now();
        String actor = currentUser.name();
        Map<String, Smelter> smelters = em.createQuery("select s from Smelter s", Smelter.class).getResultList().stream()
                .collect(Collectors.toMap(Smelter::getSmelterId, Function.identity()));
        Map<String, RmapStatusTerm> terms = terms();
        Map<String, RmapStatusEntry> existing = new HashMap<>();
        for (RmapStatusEntry e : em.createQuery("select e from RmapStatusEntry e", RmapStatusEntry.class).getResultList()) {
            existing.put(e.getSmelterId() + "|" + e.getStatusDate(), e);
        }
        int rows = 0;
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int unknownSmelters = 0;
        TreeSet<String> unmapped = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows++;
            int line = i + 1;
            String id = MatchIndex.canonicalId(field(r, columns.get("smelterId")));
            String status = field(r, columns.get("status")).strip();
            String dateText = field(r, columns.get("date")).strip();
            if (id == null) {
                problem(problems, line, "no valid smelter ID ('" + field(r, columns.get("smelterId")) + "')");
                continue;
            }
            if (status.isEmpty()) {
                problem(problems, line, "no status");
                continue;
            }
            Optional<LocalDate> date = parseDate(dateText);
            if (date.isEmpty()) {
                problem(problems, line, "unreadable date '" + dateText + "'");
                continue;
            }
            Smelter smelter = smelters.get(id);
            if (smelter == null) {
                unknownSmelters++;
                continue;
            }
            if (columns.containsKey("metal")) {
                String metalText = field(r, columns.get("metal"));
                Optional<Metal> metal = Metal.fromText(metalText);
                if (metal.isPresent() && metal.get() != smelter.getMetal()) {
                    problem(problems, line, id + " is a " + smelter.getMetal().displayName() + " smelter, the row says " + metalText);
                    continue;
                }
            }
            String term = RmapStatusTerm.normalize(status);
            if (!terms.containsKey(term)) {
                RmapStatusTerm newTerm = new RmapStatusTerm(term, RmapCategory.UNKNOWN);
                em.persist(newTerm);
                terms.put(term, newTerm);
            }
            if (terms.get(term).getCategory() == RmapCategory.UNKNOWN) {
                unmapped.add(status);
            }
            String key = id + "|" + date.get();
            RmapStatusEntry entry = existing.get(key);
            if (entry == null) {
                entry = new RmapStatusEntry(id, status, date.get(), now, actor);
                em.persist(entry);
                existing.put(key, entry);
                added++;
            } else if (!entry.getStatus().equals(status)) {
                entry.restate(status, now, actor);
                updated++;
            } else {
                unchanged++;
            }
        }
        RmapImportResult result = new RmapImportResult(rows, added, updated, unchanged, unknownSmelters, List.copyOf(unmapped),
                List.copyOf(problems));
        audit.record("RmapStatus", fileName, "imported", "%d rows: %d added, %d updated, %d unchanged, %d unknown smelters, %d problems%s"
                .formatted(rows, added, updated, unchanged, unknownSmelters, problems.size(),
                        unmapped.isEmpty() ? "" : "; unmapped statuses " + unmapped));
        return result;
    }

    /** The status vocabulary, each word with its category. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RmapStatusTerm> vocabulary() {
        return em.createQuery("select t from RmapStatusTerm t order by t.term", RmapStatusTerm.class).getResultList();
    }

    @Allowed(Role.ADMIN)
    @Transactional
    public void mapStatus(String status, RmapCategory category) {
        String term = RmapStatusTerm.normalize(status);
        if (term.isEmpty()) {
            throw new BusinessRuleException("Give the status word to map");
        }
        RmapStatusTerm existing = em.find(RmapStatusTerm.class, term);
        String before = existing == null ? "none" : existing.getCategory().name();
        if (existing == null) {
            em.persist(new RmapStatusTerm(term, category));
        } else {
            existing.mapTo(category);
        }
        audit.record("RmapStatusTerm", term, "mapped", "'" + term + "': " + before + " → " + category);
    }

    /** The smelter's RMAP status on a date (the latest entry dated on or before it), or empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RmapStatusEntry> statusOn(String smelterId, LocalDate date) {
        return em.createQuery("select e from RmapStatusEntry e where e.smelterId = :id and e.statusDate <= :d "
                        + "order by e.statusDate desc", RmapStatusEntry.class)
                .setParameter("id", smelterId).setParameter("d", date).setMaxResults(1).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RmapStatusEntry> history(String smelterId) {
        return em.createQuery("select e from RmapStatusEntry e where e.smelterId = :id order by e.statusDate desc",
                RmapStatusEntry.class).setParameter("id", smelterId).getResultList();
    }

    /** Category of a status word; UNKNOWN when the word is not mapped (or null). */
    public RmapCategory categoryOf(String status, Map<String, RmapStatusTerm> terms) {
        if (status == null) {
            return RmapCategory.UNKNOWN;
        }
        RmapStatusTerm term = terms.get(RmapStatusTerm.normalize(status));
        return term == null ? RmapCategory.UNKNOWN : term.getCategory();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, RmapStatusTerm> terms() {
        Map<String, RmapStatusTerm> terms = new HashMap<>();
        vocabulary().forEach(t -> terms.put(t.getTerm(), t));
        return terms;
    }

    static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> found = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            for (Map.Entry<String, List<String>> c : COLUMNS.entrySet()) {
                if (c.getValue().contains(name) && !found.containsKey(c.getKey())) {
                    found.put(c.getKey(), i);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("smelterId", "status", "date")) {
            if (!found.containsKey(required)) {
                missing.add(COLUMNS.get(required).get(0));
            }
        }
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("The CSV header lacks the column(s) " + missing + " (found " + header
                    + "); expected e.g. 'Smelter ID, Metal, Status, Status Date'");
        }
        return found;
    }

    static Optional<LocalDate> parseDate(String text) {
        String t = text.strip();
        if (t.length() > 10 && t.charAt(10) == 'T') {
            t = t.substring(0, 10);
        }
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException notThisOne) {
                // next format
            }
        }
        return Optional.empty();
    }

    private static String field(List<String> record, Integer index) {
        return index == null || index >= record.size() ? "" : record.get(index);
    }

    private static void problem(List<String> problems, int line, String what) {
        if (problems.size() < 50) {
            problems.add("row " + line + ": " + what);
        }
    }
}
