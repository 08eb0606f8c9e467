package org.oretrace.intake.web;

import jakarta.inject.Inject;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the declaration detail's view-scoped beans live as long as the user's view, in the session. They held the
 * declaration entity (and through it every smelter row; 88,000 rows in the heap under load). They keep ids and small
 * records now and read the declaration per request (DeclarationOfRequest): no field of theirs, transient or not, holds
 * an entity or an embeddable row, directly or in a list, map or optional.
 */
class DeclarationViewStateTest {

    private static final List<Class<?>> DETAIL_BEANS = List.of(DeclarationBean.class, SmelterStandingsBean.class,
            FileVersionsBean.class, RiskReviewBean.class);

    @Test
    void theDetailPageKeepsNoEntityInItsView() {
        List<String> held = new ArrayList<>();
        for (Class<?> bean : DETAIL_BEANS) {
            for (Field f : bean.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                if (holdsPersistentState(f.getGenericType())) {
                    held.add(bean.getSimpleName() + "." + f.getName() + ": " + f.getGenericType().getTypeName());
                }
            }
        }
        assertThat(held).as("entities kept by the view").isEmpty();
    }

    @Test
    void theCheckSeesAnEntityField() {
        assertThat(holdsPersistentState(org.oretrace.intake.domain.Declaration.class)).isTrue();
        class Holder {
            List<org.oretrace.intake.domain.SmelterRow> rows;
        }
        assertThat(holdsPersistentState(Holder.class.getDeclaredFields()[0].getGenericType())).isTrue();
    }

    private static boolean holdsPersistentState(Type type) {
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                if (holdsPersistentState(argument)) {
                    return true;
                }
            }
            return holdsPersistentState(p.getRawType());
        }
        return type instanceof Class<?> c && (c.isAnnotationPresent(Entity.class) || c.isAnnotationPresent(Embeddable.class));
    }
}
