package org.oretrace.app.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WAR is {@code <distributable/>}: Payara writes each changed session to the data grid, so that a user stays signed
 * in when their node dies (README, Two nodes). Everything a session holds must therefore serialize: every session-,
 * view- and conversation-scoped bean of every module is Serializable, and so is everything its fields hold (through the
 * type arguments of lists, sets, maps and optionals), unless the field is transient or injected (the container checks
 * injected dependencies of passivating scopes itself, and injects serializable proxies). A bean that breaks this would
 * work on one node and lose its users' sessions on the other, so it fails here instead.
 */
class ReplicatedSessionStateTest {

    @Test
    void everySessionAndViewScopedBeanSerializesWithEverythingItHolds() {
        List<Class<?>> beans = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.oretrace").stream()
                .filter(c -> c.isAnnotatedWith(SessionScoped.class) || c.isAnnotatedWith(ViewScoped.class)
                        || c.isAnnotatedWith(ConversationScoped.class))
                .map(JavaClass::reflect).toList();
        assertThat(beans).as("the scan finds the modules' screens").hasSizeGreaterThan(30);

        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(Inject.class)) {
                        continue;
                    }
                    unserializable(f.getGenericType(), new HashSet<>()).ifPresent(t ->
                            problems.add(bean.getSimpleName() + "." + f.getName() + " holds " + t.getTypeName()
                                    + ", which is not Serializable (make it so, or the field transient and reloaded)"));
                }
            }
        }
        assertThat(problems).as("state a replicated session could not carry").isEmpty();
    }

    private static Optional<Type> unserializableField(Class<?> type, Map<TypeVariable<?>, Type> bindings, Set<Type> seen) {
        // our classes' own fields; a library superclass (PrimeFaces' LazyDataModel) that is Serializable is trusted
        for (Class<?> c = type; c != null && c.getName().startsWith("org.oretrace."); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()) {
                    continue;
                }
                Optional<Type> problem = unserializable(f.getGenericType(), bindings, seen);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Type> unserializable(Type type, Set<Type> seen) {
        return unserializable(type, Map.of(), seen);
    }

    /**
     * The first type in {@code type} (itself, its array component or a type argument) that cannot be serialized. A type
     * variable of one of our generic classes is checked as what the field binds it to ({@code PagedModel<Row>}: its
     * query and rows are checked as holding {@code Row}); an unbound one fails.
     */
    private static Optional<Type> unserializable(Type type, Map<TypeVariable<?>, Type> bindings, Set<Type> seen) {
        if (type instanceof TypeVariable<?> v) {
            Type bound = bindings.get(v);
            return bound == null ? Optional.of(type) : unserializable(bound, Map.of(), seen);
        }
        if (!seen.add(type)) {
            return Optional.empty();
        }
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum()) {
                return Optional.empty();
            }
            if (Serializable.class.isAssignableFrom(c)) {
                if (c.isArray()) {
                    return unserializable(c.getComponentType(), seen);
                }
                // our own types: what they hold must serialize too (a Serializable entity holding a plain object fails
                // only when written)
                return c.getName().startsWith("org.oretrace.") ? unserializableField(c, Map.of(), seen) : Optional.empty();
            }
            // the interfaces of collections say nothing of their implementation: their elements are checked, and the
            // implementations the beans use (List.of, ArrayList, EnumMap, HashMap, ...) serialize
            return Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c) ? Optional.empty() : Optional.of(c);
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (raw == Optional.class) {
                return Optional.of(p); // Optional does not serialize
            }
            Type[] arguments = p.getActualTypeArguments();
            if (raw.getName().startsWith("org.oretrace.") && Serializable.class.isAssignableFrom(raw)) {
                // one of our generic types: its fields, with its type parameters bound to this use's arguments
                Map<TypeVariable<?>, Type> inner = new java.util.HashMap<>();
                TypeVariable<?>[] parameters = raw.getTypeParameters();
                for (int i = 0; i < parameters.length; i++) {
                    Type argument = arguments[i] instanceof TypeVariable<?> v && bindings.containsKey(v) ? bindings.get(v) : arguments[i];
                    inner.put(parameters[i], argument);
                    Optional<Type> problem = unserializable(argument, bindings, seen);
                    if (problem.isPresent()) {
                        return problem;
                    }
                }
                return unserializableField(raw, inner, seen);
            }
            Optional<Type> rawProblem = unserializable(raw, seen);
            if (rawProblem.isPresent()) {
                return rawProblem;
            }
            for (Type argument : arguments) {
                Optional<Type> problem = unserializable(argument, bindings, seen);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        }
        if (type instanceof GenericArrayType a) {
            return unserializable(a.getGenericComponentType(), bindings, seen);
        }
        if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                Optional<Type> problem = unserializable(bound, bindings, seen);
                if (problem.isPresent() && bound != Object.class) {
                    return problem;
                }
            }
            return Optional.empty();
        }
        return Optional.of(type);
    }
}
