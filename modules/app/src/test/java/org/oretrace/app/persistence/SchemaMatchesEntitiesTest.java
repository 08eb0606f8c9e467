package org.oretrace.app.persistence;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.persistence.Migrations;
import org.oretrace.kernel.testing.TestDatabase;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema that all modules' migrations build must hold every table and column that the JPA
 * entities of all modules map, on H2 and on PostgreSQL; and a query on every entity must run.
 * Entities are found on the class path, so a module's new entity is checked without listing it here.
 */
class SchemaMatchesEntitiesTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void migrationsCreateEverythingTheEntitiesMap(TestDatabase.Kind kind) throws Exception {
        List<String> classes = persistentClasses();
        assertThat(classes).contains("org.oretrace.kernel.audit.AuditEntry", "org.oretrace.app.users.UserAccount");

        try (TestDatabase db = TestDatabase.create(kind, Migrations.MODULES.toArray(String[]::new))) {
            EntityManagerFactory emf = new org.eclipse.persistence.jpa.PersistenceProvider()
                    .createContainerEntityManagerFactory(new ScannedUnit("all-modules", classes, db.dataSource()), properties());
            try {
                Set<String> missing = new TreeSet<>();
                Map<String, Set<String>> columnsByTable = columns(db);
                for (ClassDescriptor descriptor : JpaHelper.getServerSession(emf).getDescriptors().values()) {
                    for (DatabaseTable table : descriptor.getTables()) {
                        if (!columnsByTable.containsKey(upper(table.getName()))) {
                            missing.add("table " + table.getName() + " (" + descriptor.getJavaClass().getSimpleName() + ")");
                        }
                    }
                    for (DatabaseField field : descriptor.getFields()) {
                        requireColumn(columnsByTable, field, descriptor, missing);
                    }
                    for (DatabaseMapping mapping : descriptor.getMappings()) {
                        if (mapping instanceof DirectCollectionMapping direct) {
                            requireTable(columnsByTable, direct.getReferenceTableName(), descriptor, missing);
                        } else if (mapping instanceof ManyToManyMapping manyToMany) {
                            requireTable(columnsByTable, manyToMany.getRelationTableName(), descriptor, missing);
                        }
                    }
                }
                assertThat(missing).as("mapped by entities but not created by the migrations").isEmpty();

                EntityManager em = emf.createEntityManager();
                for (var entity : em.getMetamodel().getEntities()) {
                    em.createQuery("select e from " + entity.getName() + " e").setMaxResults(1).getResultList();
                }
                em.close();
            } finally {
                emf.close();
            }
        }
    }

    private static Map<String, Object> properties() {
        Map<String, Object> props = new HashMap<>();
        props.put("eclipselink.logging.level", "WARNING");
        props.put("jakarta.persistence.schema-generation.database.action", "none");
        return props;
    }

    private static void requireColumn(Map<String, Set<String>> columnsByTable, DatabaseField field, ClassDescriptor descriptor,
                                      Set<String> missing) {
        String table = field.getTableName();
        if (table == null || table.isEmpty()) {
            return;
        }
        Set<String> columns = columnsByTable.get(upper(table));
        if (columns != null && !columns.contains(upper(field.getName()))) {
            missing.add("column " + table + "." + field.getName() + " (" + descriptor.getJavaClass().getSimpleName() + ")");
        }
    }

    private static void requireTable(Map<String, Set<String>> columnsByTable, String table, ClassDescriptor descriptor, Set<String> missing) {
        if (table != null && !columnsByTable.containsKey(upper(table))) {
            missing.add("table " + table + " (" + descriptor.getJavaClass().getSimpleName() + ")");
        }
    }

    private static Map<String, Set<String>> columns(TestDatabase db) throws SQLException {
        Map<String, Set<String>> result = new HashMap<>();
        try (Connection connection = db.dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = db.kind() == TestDatabase.Kind.H2 ? "PUBLIC" : "public";
            try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
                while (rs.next()) {
                    result.computeIfAbsent(upper(rs.getString("TABLE_NAME")), t -> new TreeSet<>()).add(upper(rs.getString("COLUMN_NAME")));
                }
            }
        }
        return result;
    }

    private static String upper(String name) {
        return name.replace("\"", "").toUpperCase(Locale.ROOT);
    }

    /** Every org.oretrace class with a JPA annotation, from the class path (test classes excluded). */
    static List<String> persistentClasses() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (entry.contains("test-classes") || entry.endsWith("-tests.jar")) {
                continue;
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.map(p -> path.relativize(p).toString().replace(File.separatorChar, '/'))
                            .filter(SchemaMatchesEntitiesTest::isOurClass).forEach(n -> names.add(className(n)));
                }
            } else if (entry.endsWith(".jar") && path.getFileName().toString().startsWith("oretrace-")) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    jar.stream().map(java.util.jar.JarEntry::getName).filter(SchemaMatchesEntitiesTest::isOurClass)
                            .forEach(n -> names.add(className(n)));
                }
            }
        }
        List<String> persistent = new ArrayList<>();
        for (String name : names) {
            try {
                Class<?> type = Class.forName(name, false, SchemaMatchesEntitiesTest.class.getClassLoader());
                if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
                        || type.isAnnotationPresent(MappedSuperclass.class) || type.isAnnotationPresent(Converter.class)) {
                    persistent.add(name);
                }
            } catch (ClassNotFoundException | NoClassDefFoundError notLoadable) {
                // not a persistence class we can use here
            }
        }
        return persistent;
    }

    private static boolean isOurClass(String resource) {
        return resource.startsWith("org/oretrace/") && resource.endsWith(".class") && !resource.contains("$");
    }

    private static String className(String resource) {
        return resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
    }
}
