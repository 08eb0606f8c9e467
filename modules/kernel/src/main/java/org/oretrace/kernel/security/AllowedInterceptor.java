package org.oretrace.kernel.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.oretrace.kernel.Role;

import java.util.Arrays;

@Allowed({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AllowedInterceptor implements java.io.Serializable {

    @Inject
    CurrentUser currentUser;

    @AroundInvoke
    public Object check(InvocationContext context) throws Exception {
        Allowed allowed = context.getMethod().getAnnotation(Allowed.class);
        if (allowed == null) {
            allowed = context.getTarget().getClass().getAnnotation(Allowed.class);
        }
        if (allowed == null) {
            allowed = context.getMethod().getDeclaringClass().getAnnotation(Allowed.class);
        }
        if (allowed != null && SystemActor.current() == null) {
            Role[] roles = allowed.value();
            if (Arrays.stream(roles).noneMatch(currentUser::hasRole)) {
                throw new AccessDeniedException(currentUser.name() + " may not " + context.getMethod().getName()
                        + " (needs " + Arrays.toString(roles) + ")");
            }
        }
        return context.proceed();
    }
}
