package org.oretrace.kernel.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import org.oretrace.kernel.Role;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Restricts a CDI bean method (a Faces action, a service call) to callers in one of the roles.
 * Plain CDI beans ignore {@code @RolesAllowed}, and hiding a button is not a check, so every
 * changing action carries this.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {
    @Nonbinding Role[] value();
}
