package dev.loket.identity.internal.web;

import dev.loket.identity.LevelOfAssurance;
import dev.loket.identity.web.CurrentLogin;
import dev.loket.identity.web.RequiresAssurance;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Enforces {@link RequiresAssurance} on CDI bean methods (services called from pages, APIs or
 * jobs): without a login at the level, the call fails with a 401 problem and never runs.
 */
@Interceptor
@RequiresAssurance
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class AssuranceInterceptor {

    @Inject
    CurrentLogin current;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        LevelOfAssurance required = AssuranceFilter.required(invocation.getMethod(), invocation.getMethod().getDeclaringClass());
        if (current.login().isEmpty()) {
            throw AssuranceFilter.AssuranceProblems.notLoggedIn();
        }
        if (!current.level().satisfies(required)) {
            throw AssuranceFilter.AssuranceProblems.tooLow();
        }
        return invocation.proceed();
    }
}
