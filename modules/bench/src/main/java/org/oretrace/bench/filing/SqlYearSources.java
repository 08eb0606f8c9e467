package org.oretrace.bench.filing;

import org.oretrace.filing.application.FilingSources;
import org.oretrace.filing.domain.DeclarationScope;
import org.oretrace.filing.domain.RmapCategory;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.ReportingYear;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link FilingSources} over the benchmark's tables, aggregating in SQL the way the product's implementation over
 * intake's tables must: one GROUP BY smelter ID instead of loading millions of smelter rows.
 */
class SqlYearSources implements FilingSources {

    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;

    SqlYearSources(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public OutreachFacts outreachFacts(ReportingYear year) {
        long responded = query("SELECT COUNT(DISTINCT supplier_id) FROM bench_declaration WHERE reporting_year = ?",
                rs -> rs.getLong(1), year.value()).get(0);
        long solicited = query("SELECT COUNT(*) FROM bench_supplier", rs -> rs.getLong(1)).get(0);
        return new OutreachFacts((int) solicited, (int) solicited, (int) responded, null);
    }

    @Override
    public List<DeclarationSummary> acceptedDeclarations(ReportingYear year) {
        return query("SELECT d.id, d.supplier_id, s.name, d.scope FROM bench_declaration d JOIN bench_supplier s ON s.id = d.supplier_id"
                + " WHERE d.reporting_year = ?", rs -> new DeclarationSummary(rs.getLong(1), rs.getLong(2), rs.getString(3),
                DeclarationScope.valueOf(rs.getString(4)), EnumSet.noneOf(Metal.class), EnumSet.noneOf(Metal.class), null), year.value());
    }

    @Override
    public FollowUpFacts followUp(ReportingYear year) {
        return new FollowUpFacts(0, 0, null);
    }

    @Override
    public List<SmelterUsage> smelterUsage(ReportingYear year) {
        // distinct (smelter, supplier) pairs hashed, then counted: COUNT(DISTINCT) would sort all 3 million rows instead
        return query("SELECT smelter_id, COUNT(*) FROM (SELECT DISTINCT r.smelter_id, d.supplier_id FROM bench_smelter_row r"
                        + " JOIN bench_declaration d ON d.id = r.declaration_id"
                        + " WHERE d.reporting_year = ? AND r.smelter_id IS NOT NULL) pairs GROUP BY smelter_id",
                rs -> new SmelterUsage(rs.getString(1), rs.getInt(2)), year.value());
    }

    @Override
    public List<SmelterSupplier> smelterSuppliers(ReportingYear year) {
        return query("SELECT DISTINCT r.smelter_id, s.name FROM bench_smelter_row r"
                        + " JOIN bench_declaration d ON d.id = r.declaration_id JOIN bench_supplier s ON s.id = d.supplier_id"
                        + " WHERE d.reporting_year = ? AND r.smelter_id IS NOT NULL",
                rs -> new SmelterSupplier(rs.getString(1), rs.getString(2)), year.value());
    }

    @Override
    public List<UnresolvedRow> unresolvedRows(ReportingYear year) {
        return query("SELECT DISTINCT r.metal, r.name_as_written, r.country_as_written, s.name FROM bench_smelter_row r"
                        + " JOIN bench_declaration d ON d.id = r.declaration_id JOIN bench_supplier s ON s.id = d.supplier_id"
                        + " WHERE d.reporting_year = ? AND r.smelter_id IS NULL AND NOT r.not_yet_identified",
                rs -> new UnresolvedRow(Metal.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)),
                year.value());
    }

    @Override
    public long notYetIdentifiedRows(ReportingYear year) {
        return query("SELECT COUNT(*) FROM bench_smelter_row r JOIN bench_declaration d ON d.id = r.declaration_id"
                + " WHERE d.reporting_year = ? AND r.not_yet_identified", rs -> rs.getLong(1), year.value()).get(0);
    }

    @Override
    public Map<String, SmelterFacts> smelters(Collection<String> smelterIds, LocalDate asOf) {
        Map<String, SmelterFacts> map = new HashMap<>();
        for (SmelterFacts f : query("SELECT id, metal, name, country, rmap, sanctioned, covered FROM bench_smelter",
                rs -> {
                    RmapCategory c = RmapCategory.valueOf(rs.getString(5));
                    return new SmelterFacts(rs.getString(1), Metal.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getBoolean(7), rs.getBoolean(6), c.label(), c, null);
                })) {
            map.put(f.smelterId(), f);
        }
        map.keySet().retainAll(new java.util.HashSet<>(smelterIds));
        return map;
    }

    @Override
    public List<SupplierStatus> supplierStatuses(ReportingYear year) {
        return List.of();
    }

    @Override
    public List<FindingRow> findings(ReportingYear year) {
        return List.of();
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.setFetchSize(10_000);
            c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            List<T> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(mapper.map(rs));
                }
            }
            c.commit();
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
