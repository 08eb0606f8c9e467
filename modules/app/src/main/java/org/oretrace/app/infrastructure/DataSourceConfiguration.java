package org.oretrace.app.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application declares its own datasource, so the same WAR runs on Payara Micro, Payara Server
 * and in Docker with nothing but configuration ({@code oretrace.db.*}, environment variables
 * {@code ORETRACE_DB_URL}, ...). {@link org.oretrace.kernel.persistence.ConfiguredDataSource} accepts
 * any JDBC URL, so H2 (the default) and PostgreSQL need no separate class name.
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "org.oretrace.kernel.persistence.ConfiguredDataSource",
        url = "${MPCONFIG=oretrace.db.url}",
        user = "${MPCONFIG=oretrace.db.user}",
        password = "${MPCONFIG=oretrace.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
public class DataSourceConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/oretrace";
}
