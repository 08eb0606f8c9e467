package org.oretrace.outreach.application;

import org.oretrace.kernel.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.audit.AuditTrail;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.time.TypedDates;
import org.oretrace.outreach.domain.SupplierCategory;
import org.oretrace.outreach.domain.SupplierStatus;
import org.oretrace.outreach.domain.Text;
import org.oretrace.outreach.infrastructure.TableReader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports the supplier master from an ERP export: guess the column mapping, preview every row with
 * its problems, then import the good rows (re-import updates by supplier number), each on its own.
 */
@ApplicationScoped
@Transactional
public class SupplierImport {

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "ja", "oui", "si");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "nein", "non", "-");

    @Inject
    Suppliers suppliers;

    @Inject
    AuditTrail audit;

    @Inject
    SupplierBatch batch;

    @Inject
    UnitOfWork unitOfWork;

    public enum Action { CREATE, UPDATE, UNCHANGED, REJECT }

    /** One row as it would be imported, or why it cannot be. */
    public record RowCheck(int line, String supplierNumber, String name, Action action, List<String> problems)
            implements java.io.Serializable {
        public String problemText() {
            return String.join("; ", problems);
        }
    }

    public record Result(int created, int updated, int unchanged, int rejected, List<RowCheck> rejectedRows)
            implements java.io.Serializable {
        public String summary() {
            return created + " created, " + updated + " updated, " + unchanged + " unchanged, " + rejected + " rejected";
        }
    }

    public TableReader.Table read(String fileName, byte[] content) {
        return TableReader.read(fileName, content);
    }

    /** Column index per field, from the header names. */
    public Map<ImportField, Integer> guessMapping(List<String> headers) {
        Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            for (int i = 0; i < headers.size(); i++) {
                if (field.matches(headers.get(i)) && !mapping.containsValue(i)) {
                    mapping.put(field, i);
                    break;
                }
            }
        }
        return mapping;
    }

    public List<RowCheck> preview(TableReader.Table table, Map<ImportField, Integer> mapping) {
        checkMapping(mapping);
        List<RowCheck> checks = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (TableReader.Line line : table.rows()) {
            Parsed parsed = parse(line, mapping, seen);
            if (!parsed.problems.isEmpty()) {
                checks.add(new RowCheck(line.number(), parsed.number, parsed.name, Action.REJECT, parsed.problems));
                continue;
            }
            Action action = suppliers.findBySupplierNumber(parsed.number).isEmpty() ? Action.CREATE : Action.UPDATE;
            checks.add(new RowCheck(line.number(), parsed.number, parsed.name, action, List.of()));
        }
        return checks;
    }

    /**
     * Imports the rows without problems; rows with problems are reported and not imported. Rows are
     * saved by {@link SupplierBatch}, so a row the database refuses is reported with its line and the
     * others are imported all the same.
     */
    @Allowed(Role.COMPLIANCE)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Result run(String fileName, TableReader.Table table, Map<ImportField, Integer> mapping) {
        checkMapping(mapping);
        List<RowCheck> rejected = new ArrayList<>();
        List<Parsed> good = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (TableReader.Line line : table.rows()) {
            Parsed parsed = parse(line, mapping, seen);
            if (parsed.problems.isEmpty()) {
                good.add(parsed);
            } else {
                rejected.add(new RowCheck(line.number(), parsed.number, parsed.name, Action.REJECT, parsed.problems));
            }
        }
        SupplierBatch.Outcome saved = batch.saveEach(good.stream().map(p -> p.data).toList());
        for (SupplierBatch.Refusal refusal : saved.refused()) {
            Parsed row = good.get(refusal.index());
            rejected.add(new RowCheck(row.line, row.number, row.name, Action.REJECT, List.of(refusal.reason())));
        }
        rejected.sort(Comparator.comparingInt(RowCheck::line));
        Result result = new Result(saved.created(), saved.updated(), saved.unchanged(), rejected.size(), rejected);
        unitOfWork.inNewTransaction(em -> {
            audit.record("SupplierImport", fileName, "imported", result.summary());
            return null;
        });
        return result;
    }

    private void checkMapping(Map<ImportField, Integer> mapping) {
        List<String> missing = new ArrayList<>();
        for (ImportField field : ImportField.values()) {
            if (field.required() && mapping.get(field) == null) {
                missing.add(field.label());
            }
        }
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("Map a column to " + String.join(" and ", missing) + ": choose the file's column in its list");
        }
        Map<Integer, List<ImportField>> byColumn = mapping.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        byColumn.values().stream().filter(fields -> fields.size() > 1).findFirst().ifPresent(fields -> {
            throw new BusinessRuleException("One column is mapped to " + String.join(" and ", fields.stream().map(ImportField::label).toList())
                    + ": choose a column of its own for each, or (not imported)");
        });
    }

    private static final class Parsed {
        int line;
        String number;
        String name;
        SupplierData data;
        final List<String> problems = new ArrayList<>();
    }

    private Parsed parse(TableReader.Line line, Map<ImportField, Integer> mapping, Map<String, Integer> seen) {
        Parsed p = new Parsed();
        p.line = line.number();
        java.util.function.Function<ImportField, String> value = f -> mapping.get(f) == null ? null : Text.clean(line.cell(mapping.get(f)));
        boolean mapped;
        p.number = value.apply(ImportField.SUPPLIER_NUMBER);
        p.name = value.apply(ImportField.NAME);
        if (p.number == null) {
            p.problems.add("no supplier number");
        } else if (p.number.length() > 64) {
            p.problems.add("supplier number longer than 64 characters");
        } else if (seen.containsKey(p.number)) {
            p.problems.add("supplier number " + p.number + " also on line " + seen.get(p.number));
        } else {
            seen.put(p.number, line.number());
        }
        if (p.name == null) {
            p.problems.add("no name");
        }
        String category = value.apply(ImportField.CATEGORY);
        if (category != null && suppliers.categoryNamed(category).isEmpty()) {
            p.problems.add("unknown category '" + category + "' (known: "
                    + suppliers.categories().stream().map(SupplierCategory::getName).collect(Collectors.joining(", ")) + ")");
        }
        Boolean inScope = yesNo(value.apply(ImportField.IN_SCOPE), "in scope", p.problems);
        Boolean clause = yesNo(value.apply(ImportField.CONTRACT_CLAUSE), "contract clause", p.problems);
        LocalDate clauseDate = date(value.apply(ImportField.CONTRACT_CLAUSE_DATE), p.problems);
        String ownerEmail = value.apply(ImportField.OWNER_EMAIL);
        if (ownerEmail != null && !EmailAddress.isValid(ownerEmail)) {
            p.problems.add("owner email '" + ownerEmail + "' is not an email address");
        }
        String contactEmail = value.apply(ImportField.CONTACT_EMAIL);
        if (contactEmail != null && !EmailAddress.isValid(contactEmail)) {
            p.problems.add("contact email '" + contactEmail + "' is not an email address");
        }
        String language = value.apply(ImportField.CONTACT_LANGUAGE);
        if (language != null && !language.matches("[A-Za-z]{2,3}([-_][A-Za-z]{2})?")) {
            p.problems.add("language '" + language + "' is not a language code such as en or de");
        }
        String contactName = value.apply(ImportField.CONTACT_NAME);
        String phone = value.apply(ImportField.CONTACT_PHONE);
        mapped = contactEmail != null || contactName != null || phone != null;
        List<SupplierData.ContactData> contacts = mapped
                ? List.of(new SupplierData.ContactData(contactName, contactEmail, phone,
                language == null ? null : language.substring(0, Math.min(2, language.length())), null))
                : null;
        // out of scope is the supplier's status with its reason: "No" sets it, "Yes" lifts it (and leaves other statuses alone)
        SupplierStatus status = null;
        String statusReason = null;
        if (Boolean.FALSE.equals(inScope)) {
            status = SupplierStatus.OUT_OF_SCOPE;
            String reason = value.apply(ImportField.SCOPE_REASON);
            statusReason = reason != null ? reason : "Not relevant for 3TG according to the ERP export";
        } else if (Boolean.TRUE.equals(inScope) && p.number != null && suppliers.findBySupplierNumber(p.number)
                .map(s -> s.getStatus() == SupplierStatus.OUT_OF_SCOPE).orElse(false)) {
            status = SupplierStatus.ACTIVE;
        }
        p.data = new SupplierData(p.number, p.name, category, status, statusReason,
                value.apply(ImportField.COUNTRY), value.apply(ImportField.OWNER_NAME), ownerEmail,
                value.apply(ImportField.NOTES), clause, clauseDate, contacts, null);
        return p;
    }

    private static Boolean yesNo(String text, String what, List<String> problems) {
        if (text == null) {
            return null;
        }
        String key = text.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(key)) {
            return true;
        }
        if (NO.contains(key)) {
            return false;
        }
        problems.add(what + " '" + text + "' is not yes or no");
        return null;
    }

    private static LocalDate date(String text, List<String> problems) {
        if (text == null) {
            return null;
        }
        Optional<LocalDate> date = TypedDates.parse(text);
        if (date.isEmpty()) {
            problems.add("date '" + text + "' not understood (use 2024-03-15)");
        }
        return date.orElse(null);
    }

    public Optional<ImportField> fieldOf(String name) {
        try {
            return Optional.of(ImportField.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
