package org.oretrace.app.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.oretrace.kernel.persistence.Migrations;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;

/** MicroProfile Health checks (served by Payara at /health, /health/ready, /health/live). */
public final class HealthChecks {

    private HealthChecks() {
    }

    @Readiness
    @ApplicationScoped
    public static class DatabaseReady implements HealthCheck {

        @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
        DataSource dataSource;

        @Inject
        Startup startup;

        @Override
        public HealthCheckResponse call() {
            var response = HealthCheckResponse.named("database");
            try (Connection connection = dataSource.getConnection()) {
                boolean reachable = connection.isValid(3);
                List<String> pending = Migrations.pending(dataSource, HealthChecks.class.getClassLoader());
                return response.status(reachable && pending.isEmpty() && startup.isReady())
                        .withData("reachable", reachable)
                        .withData("product", connection.getMetaData().getDatabaseProductName())
                        .withData("migrations", pending.isEmpty() ? "applied" : "pending: " + pending)
                        .build();
            } catch (Exception e) {
                return response.down().withData("error", String.valueOf(e.getMessage())).build();
            }
        }
    }

    @Liveness
    @ApplicationScoped
    public static class Alive implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.up("oretrace");
        }
    }
}
