package org.oretrace.bench.filing;

import org.oretrace.kernel.Metal;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.country.Countries;
import org.oretrace.kernel.country.Country;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Random;

/**
 * A large reporting year written straight into the product's own tables (registry, outreach, intake, as their
 * migrations create them) with PostgreSQL COPY: what the intake module leaves behind after reading thousands of
 * CMRTs, without reading them. Each supplier's latest accepted declaration counts; a few suppliers also have an
 * older accepted one that must not, and a few RMAP statuses changed after the period end.
 * <p>
 * Why COPY into another module's tables, which the architecture rules forbid everywhere else: a year of 3 million
 * smelter rows goes through intake's reader at a few files a second (hours), and no module publishes a bulk path
 * for declarations that were never files. This class lives in the benchmarks, never in the WAR, and writes exactly
 * the columns the modules' migrations define; the sequences are moved past the rows it writes so that the server
 * can add its own afterwards (the load test runs Oretrace on such a year, see {@code org.oretrace.bench.load}).
 */
public final class BenchYear {

    public static final ReportingYear YEAR = ReportingYear.of(2023);
    private static final String T = "2024-02-01 10:00:00";
    private static final Metal[] METALS = {Metal.GOLD, Metal.TANTALUM, Metal.TIN, Metal.TUNGSTEN};
    private static final String[] COUNTRIES = {"CHINA", "JAPAN", "GERMANY", "UNITED STATES OF AMERICA", "INDONESIA", "BRAZIL",
            "RWANDA", "CONGO, DEMOCRATIC REPUBLIC OF THE", "RUSSIAN FEDERATION", "SWITZERLAND"};
    private static final String[] STATUSES = {"Conformant", "Active", "Non-Conformant"};

    final int declarations;
    final int rowsPerDeclaration;
    final int smelters;
    /** Suppliers with a second, later accepted declaration: their first one is superseded. */
    final int superseded;
    final int suppliers;
    final int solicited;

    BenchYear(int declarations, int rowsPerDeclaration, int smelters) {
        this(-1, declarations, rowsPerDeclaration, smelters);
    }

    /**
     * A year with {@code solicitedSuppliers} suppliers asked (at least as many as declared; -1: a quarter more than
     * declared), {@code declarations} accepted declarations of {@code rowsPerDeclaration} smelter rows each.
     */
    public BenchYear(int solicitedSuppliers, int declarations, int rowsPerDeclaration, int smelters) {
        if (declarations < 1 || rowsPerDeclaration < 1 || smelters < 1) {
            throw new IllegalArgumentException("a year needs at least one declaration, smelter row and smelter");
        }
        this.declarations = declarations;
        this.rowsPerDeclaration = rowsPerDeclaration;
        this.smelters = smelters;
        this.superseded = declarations / 50;
        this.suppliers = declarations - superseded;
        this.solicited = solicitedSuppliers < 0 ? suppliers + suppliers / 4 : Math.max(solicitedSuppliers, suppliers);
    }

    public int declarations() {
        return declarations;
    }

    public int solicited() {
        return solicited;
    }

    public int smelters() {
        return smelters;
    }

    /** The database ID of the d-th declaration (0-based), as the screens and the API take it. */
    public static long declarationId(int d) {
        return 50L + d;
    }

    /** The supplier number of the i-th supplier (0-based). */
    public static String supplierNumber(int i) {
        return "S-" + i;
    }

    public long rows() {
        return (long) declarations * rowsPerDeclaration;
    }

    public void load(DataSource dataSource) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            registry(copy);
            outreach(copy);
            intake(copy);
            try (Statement s = c.createStatement()) {
                moveSequencesPast(s);
                s.execute("ANALYZE");
            }
        }
    }

    /**
     * The entities allocate IDs 50 at a time from these sequences (INCREMENT BY 50): a server started on this year
     * (the registry's shipped lists, a new supplier) must get IDs after the copied rows, not collide with them.
     */
    private static void moveSequencesPast(Statement s) throws SQLException {
        String[][] sequences = {{"smelter_seq", "smelter"}, {"rmap_status_entry_seq", "rmap_status_entry"},
                {"screening_hit_seq", "screening_hit"}, {"supplier_seq", "supplier"}, {"campaign_seq", "campaign"},
                {"survey_request_seq", "survey_request"}, {"intake_stored_file_seq", "intake_stored_file"},
                {"intake_declaration_seq", "intake_declaration"}};
        for (String[] q : sequences) {
            s.execute("SELECT setval('" + q[0] + "', (SELECT COALESCE(MAX(id), 0) FROM " + q[1] + ") + 100)");
        }
    }

    private void registry(CopyManager copy) throws SQLException, IOException {
        StringBuilder smelter = new StringBuilder();
        StringBuilder status = new StringBuilder();
        StringBuilder hits = new StringBuilder();
        long statusId = 50;
        for (int i = 0; i < smelters; i++) {
            String country = COUNTRIES[i % COUNTRIES.length];
            String code = Countries.resolve(country).map(Country::code).orElseThrow();
            smelter.append(String.format(Locale.ROOT, "%d\t%s\t%s\tBenchmark %s Refinery %d Co., Ltd.\t%s\t%s\tt\t%s\t%s\t1%n",
                    50 + i, smelterId(i), METALS[i % 4].name(), METALS[i % 4].displayName(), i, country, code, T, T));
            status.append(statusId++).append('\t').append(smelterId(i)).append('\t').append(STATUSES[i % 3])
                    .append("\t2023-06-01\t").append(T).append("\tbench\n");
            if (i % 5 == 0) { // changed after the period end: must not count
                status.append(statusId++).append('\t').append(smelterId(i)).append('\t').append(STATUSES[(i + 1) % 3])
                        .append("\t2024-03-01\t").append(T).append("\tbench\n");
            }
            if (i % 97 == 0) {
                hits.append(50 + i).append("\tSMELTER\t").append(smelterId(i)).append("\tBenchmark refinery ").append(i)
                        .append("\tBenchmark refinery ").append(i).append('\t').append(9000 + i).append("\tBENCHMARK ")
                        .append(i).append("\t0.97\tCONFIRMED\t").append(T).append("\tt\t1\n");
            }
        }
        copy.copyIn("COPY smelter (id, smelter_id, metal, standard_name, country_name, country_code, listed, created_at,"
                + " updated_at, version) FROM STDIN", new StringReader(smelter.toString()));
        copy.copyIn("COPY rmap_status_entry (id, smelter_id, status, status_date, imported_at, imported_by) FROM STDIN",
                new StringReader(status.toString()));
        copy.copyIn("COPY screening_hit (id, subject_type, subject_ref, subject_name, screened_name, ent_num, sdn_name,"
                + " score, status, first_found_at, still_listed, version) FROM STDIN", new StringReader(hits.toString()));
    }

    private void outreach(CopyManager copy) throws SQLException, IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < solicited; i++) {
            sb.append(supplierId(i)).append("\t1\t").append(supplierNumber(i)).append("\tSupplier ").append(i)
                    .append(" Inc.\tf\tACTIVE\t").append(T).append('\t').append(T).append('\n');
        }
        copy.copyIn("COPY supplier (id, version, supplier_number, name, contract_clause, status, created_at,"
                + " updated_at) FROM STDIN", new StringReader(sb.toString()));
        copy.copyIn("COPY campaign (id, version, reporting_year, due_date, cmrt_version, status, copy_other_contacts,"
                        + " reminder_days, final_notice, launched_on, created_at) FROM STDIN",
                new StringReader("50\t1\t" + YEAR.value() + "\t2024-03-29\t6.5\tLAUNCHED\tf\t14,28,42\tt\t2024-01-15\t" + T + "\n"));
        sb.setLength(0);
        for (int i = 0; i < solicited; i++) {
            boolean responded = i < suppliers;
            sb.append(50 + i).append("\t1\t50\t").append(supplierId(i)).append('\t').append(responded ? "RESPONDED" : "REMINDED")
                    .append("\t2024-01-15\t").append(responded ? 0 : 2).append('\t').append(responded ? T : "\\N").append('\n');
        }
        copy.copyIn("COPY survey_request (id, version, campaign_id, supplier_id, state, requested_on, reminders_sent,"
                + " responded_at) FROM STDIN", new StringReader(sb.toString()));
    }

    private void intake(CopyManager copy) throws SQLException, IOException {
        StringBuilder files = new StringBuilder();
        StringBuilder decl = new StringBuilder();
        StringBuilder answers = new StringBuilder();
        for (int d = 0; d < declarations; d++) {
            files.append(declarationId(d)).append('\t').append(String.format(Locale.ROOT, "%064d", d))
                    .append("\t1\tcmrt-").append(d).append(".xlsx\t").append(T).append("\tbench\tUPLOAD\t\\\\x00\n");
            decl.append(declarationId(d)).append("\t1\t").append(declarationId(d)).append("\tcmrt-").append(d)
                    .append(".xlsx\tUPLOAD\t").append(T).append("\tbench\t").append(supplierId(supplierOf(d))).append('\t')
                    .append(YEAR.value()).append("\tACCEPTED\tf\t").append(d % 4 == 0 ? "B. Product (or List of Products)" : "A. Company")
                    .append('\n');
            int position = 0;
            for (Metal m : METALS) {
                answers.append(declarationId(d)).append('\t').append(position++).append("\t3\t").append(m.name())
                        .append('\t').append(d % 10 == 0 ? "Yes" : "No").append('\n');
                answers.append(declarationId(d)).append('\t').append(position++).append("\t5\t").append(m.name())
                        .append('\t').append(d % 3 == 0 ? "Yes" : "No").append('\n');
            }
        }
        copy.copyIn("COPY intake_stored_file (id, sha256, size_bytes, original_name, received_at, received_by, channel, content)"
                + " FROM STDIN", new StringReader(files.toString()));
        copy.copyIn("COPY intake_declaration (id, version, stored_file_id, file_name, channel, received_at, received_by,"
                + " supplier_id, reporting_year, status, macro_enabled, scope) FROM STDIN", new StringReader(decl.toString()));
        copy.copyIn("COPY intake_answer (declaration_id, position, question, metal, answer) FROM STDIN",
                new StringReader(answers.toString()));

        Random random = new Random(42);
        StringBuilder sb = new StringBuilder(10_000_000);
        for (int d = 0; d < declarations; d++) {
            for (int r = 0; r < rowsPerDeclaration; r++) {
                int roll = random.nextInt(100);
                int s = random.nextInt(smelters);
                Metal metal = METALS[s % 4];
                sb.append(declarationId(d)).append('\t').append(r).append('\t').append(5 + r).append('\t')
                        .append(metal.displayName()).append('\t');
                if (roll < 2) { // a name the registry does not know
                    sb.append("\\N\tSmelter not listed\tUnlisted Works ").append(s % 40).append("\tCHINA\t\\N\tUNRESOLVED\n");
                } else if (roll < 3) {
                    sb.append("\\N\tSmelter not yet identified\t\\N\t\\N\t\\N\tNOT_YET_IDENTIFIED\n");
                } else {
                    sb.append(smelterId(s)).append("\tBenchmark refinery ").append(s).append("\tas written\t")
                            .append(COUNTRIES[s % COUNTRIES.length]).append('\t').append(smelterId(s)).append("\tSMELTER_ID\n");
                }
            }
            if (sb.length() > 8_000_000) {
                copyRows(copy, sb);
            }
        }
        copyRows(copy, sb);
    }

    private static void copyRows(CopyManager copy, StringBuilder sb) throws SQLException, IOException {
        copy.copyIn("COPY intake_smelter_row (declaration_id, position, sheet_row, metal_text, smelter_id_input, lookup_name,"
                + " smelter_name, country, resolved_smelter_id, match_method) FROM STDIN", new StringReader(sb.toString()));
        sb.setLength(0);
    }

    /** Declarations 0 .. superseded-1 are the older ones of suppliers 0 .. superseded-1, superseded by later ones. */
    private int supplierOf(int declaration) {
        return declaration < superseded ? declaration : declaration - superseded;
    }

    /**
     * CID900000 and up: outside the range RMI assigns, so that the registry's shipped lists, which a server loads at
     * every start, never take these smelters for theirs (and rename or unlist them).
     */
    public static String smelterId(int i) {
        return String.format(Locale.ROOT, "CID%06d", 900_000 + i);
    }

    private static long supplierId(int i) {
        return 50L + i;
    }
}
