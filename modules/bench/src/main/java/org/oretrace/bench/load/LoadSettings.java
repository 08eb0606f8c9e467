package org.oretrace.bench.load;

import org.oretrace.bench.filing.BenchYear;

import java.util.Map;
import java.util.Properties;

/**
 * Everything the load test can be told, read from system properties {@code load.*}: the size of the year (the
 * generator writes it, the simulation picks random suppliers, declarations and smelters within it), where the server
 * is, and the shape of the load. One place, so that the generator, the simulation and the smoke test agree.
 */
public record LoadSettings(int suppliers, int declarations, int rows, int smelters, String database, String pgUrl,
                           String pgUser, String pgPassword, String url, String token, int users, int rampSeconds,
                           int durationSeconds, int pauseMillis, int factsPercent) {

    public LoadSettings {
        if (users < 1 || durationSeconds < 1 || rampSeconds < 0 || pauseMillis < 0 || factsPercent < 0 || factsPercent > 100) {
            throw new IllegalArgumentException("load.users and load.duration must be positive, load.ramp and load.pause-ms"
                    + " not negative, load.facts-percent 0 to 100");
        }
    }

    public static LoadSettings fromSystemProperties() {
        return from(System.getProperties());
    }

    /** The settings from these properties, defaults for the rest (a year of 10,000 suppliers, 20 users, 3 minutes). */
    public static LoadSettings from(Properties p) {
        return new LoadSettings(
                integer(p, "load.suppliers", 10_000), integer(p, "load.declarations", 10_000), integer(p, "load.rows", 300),
                integer(p, "load.smelters", 600), p.getProperty("load.db", "oretrace_load"),
                p.getProperty("load.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres"), p.getProperty("load.pg.user", "postgres"),
                p.getProperty("load.pg.password", ""), p.getProperty("load.url", "http://localhost:8080"),
                p.getProperty("load.token", System.getenv().getOrDefault("ORETRACE_LOAD_TOKEN", "")),
                integer(p, "load.users", 20), integer(p, "load.ramp", 20), integer(p, "load.duration", 180),
                integer(p, "load.pause-ms", 1000), integer(p, "load.facts-percent", 5));
    }

    /** These settings as the system properties {@link #from} reads (to hand them to another JVM). */
    public Map<String, String> asProperties() {
        return Map.ofEntries(Map.entry("load.suppliers", "" + suppliers), Map.entry("load.declarations", "" + declarations),
                Map.entry("load.rows", "" + rows), Map.entry("load.smelters", "" + smelters), Map.entry("load.db", database),
                Map.entry("load.pg.url", pgUrl), Map.entry("load.pg.user", pgUser), Map.entry("load.pg.password", pgPassword),
                Map.entry("load.url", url), Map.entry("load.token", token), Map.entry("load.users", "" + users),
                Map.entry("load.ramp", "" + rampSeconds), Map.entry("load.duration", "" + durationSeconds),
                Map.entry("load.pause-ms", "" + pauseMillis), Map.entry("load.facts-percent", "" + factsPercent));
    }

    public BenchYear year() {
        return new BenchYear(suppliers, declarations, rows, smelters);
    }

    /** The JDBC URL of the load year's database on the same PostgreSQL as {@link #pgUrl}. */
    public String databaseUrl() {
        return pgUrl.substring(0, pgUrl.lastIndexOf('/') + 1) + database;
    }

    private static int integer(Properties p, String key, int otherwise) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + value + "'", e);
        }
    }
}
