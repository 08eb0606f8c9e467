package org.oretrace.kernel.testing.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module contracts of docs/ARCHITECTURE.md as ArchUnit rules, one factory per rule. Each module's
 * {@code <Module>ArchitectureTest} applies them to itself, so that the rules read as that module's description.
 * <ul>
 *   <li>A module uses another business module only through its {@code org.oretrace.<module>.published} package.</li>
 *   <li>A module never touches another module's JPA entities.</li>
 *   <li>No string constant (native SQL) names a table another module owns; another module's views (its published read
 *       models) may be read.</li>
 *   <li>REST resources ({@code api}) and Faces beans ({@code web}) call application services, never an
 *       {@code EntityManager}.</li>
 *   <li>A published package holds interfaces, records, enums and exceptions only, and exposes no internals.</li>
 * </ul>
 */
public final class ModuleBoundaries {

    /** The business modules, each with a published package. kernel is shared by all; app only assembles. */
    public static final List<String> BUSINESS_MODULES = List.of("registry", "outreach", "intake", "filing");

    private static final String ROOT = "org.oretrace.";

    private ModuleBoundaries() {
    }

    /** The classes of {@code module} use other business modules only through their published packages. */
    public static ArchRule usesOtherModulesOnlyThroughTheirPublishedApi(String module) {
        return noClasses().that().resideInAPackage(ROOT + module + "..")
                .should().dependOnClassesThat(internalToAModuleOtherThan(module))
                .as(module + " uses other modules only through their published packages (org.oretrace.<module>.published)");
    }

    /** The classes of {@code module} use no JPA entity of another module (kernel's shared audit trail aside). */
    public static ArchRule usesNoEntityOfAnotherModule(String module) {
        return noClasses().that().resideInAPackage(ROOT + module + "..")
                .should().dependOnClassesThat(entityOfAModuleOtherThan(module))
                .as(module + " uses no entity of another module");
    }

    /** No string constant of {@code module} names, after FROM/JOIN/INTO/UPDATE/EXISTS, a table another module owns. */
    public static ArchRule namesNoTableOfAnotherModuleInSql(String module) {
        return classes().that().resideInAPackage(ROOT + module + "..")
                .should(nameInSqlOnlyTablesOwnedBy(module, TableOwnership.fromClassPath()))
                .as(module + "'s native SQL names only its own tables and other modules' published views");
    }

    /** REST resources and Faces beans of {@code module} depend on application services, not on the EntityManager. */
    public static ArchRule restResourcesAndFacesBeansUseApplicationServices(String module) {
        return noClasses().that().resideInAnyPackage(ROOT + module + ".api..", ROOT + module + ".web..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .as(module + "'s REST resources and Faces beans call application services, not the EntityManager");
    }

    /** The published package holds interfaces, records, enums and exceptions, and depends on no internal class. */
    public static ArchRule publishesOnlyInterfacesAndImmutableRecords(String module) {
        return classes().that().resideInAPackage(ROOT + module + ".published..")
                .should(beInterfaceRecordEnumOrException())
                .andShould().onlyDependOnClassesThat(publishedOrPlatform(module))
                .allowEmptyShould(true)
                .as(module + " publishes interfaces, immutable records, enums and exceptions that expose no internals");
    }

    /** A class inside another business module and outside its published package. */
    public static DescribedPredicate<JavaClass> internalToAModuleOtherThan(String module) {
        return DescribedPredicate.describe("internal to another module", c -> otherModule(c, module).isPresent()
                && !c.getPackageName().contains(".published"));
    }

    public static DescribedPredicate<JavaClass> entityOfAModuleOtherThan(String module) {
        return DescribedPredicate.describe("an entity of another module", c -> c.isAnnotatedWith(Entity.class)
                && otherModule(c, module).isPresent());
    }

    private static DescribedPredicate<JavaClass> publishedOrPlatform(String module) {
        return DescribedPredicate.describe("published, kernel or platform classes", c -> {
            String p = c.getPackageName();
            if (!p.startsWith(ROOT)) {
                return true;
            }
            return p.startsWith(ROOT + "kernel") || p.contains(".published");
        });
    }

    private static ArchCondition<JavaClass> beInterfaceRecordEnumOrException() {
        return new ArchCondition<>("be an interface, a record, an enum or an exception") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                boolean ok = c.isInterface() || c.isRecord() || c.isEnum() || c.isAssignableTo(Throwable.class)
                        || c.getSimpleName().equals("package-info");
                events.add(new SimpleConditionEvent(c, ok, c.getName() + (ok ? " is" : " is not") + " an interface, record, enum or exception"));
            }
        };
    }

    /** The module a class belongs to, when it is a business module other than {@code module}. */
    private static Optional<String> otherModule(JavaClass c, String module) {
        String p = c.getPackageName();
        for (String other : BUSINESS_MODULES) {
            if (!other.equals(module) && (p.equals(ROOT + other) || p.startsWith(ROOT + other + "."))) {
                return Optional.of(other);
            }
        }
        return Optional.empty();
    }

    static ArchCondition<JavaClass> nameInSqlOnlyTablesOwnedBy(String module, TableOwnership ownership) {
        return new ArchCondition<>("name in SQL only tables owned by " + module + " and other modules' views") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                Optional<Source> source = c.getSource();
                if (source.isEmpty()) {
                    return;
                }
                try (InputStream in = source.get().getUri().toURL().openStream()) {
                    for (String table : SqlStrings.tablesNamed(in)) {
                        Optional<TableOwnership.Owner> owner = ownership.owner(table);
                        if (owner.isPresent() && !owner.get().module().equals(module) && !owner.get().view()) {
                            events.add(SimpleConditionEvent.violated(c, c.getName() + " names table " + table + " owned by "
                                    + owner.get().module() + " in a string constant (SQL)"));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
