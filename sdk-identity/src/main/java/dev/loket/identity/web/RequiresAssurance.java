package dev.loket.identity.web;

import dev.loket.identity.LevelOfAssurance;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The level of assurance a page, API or CDI method needs. On a JAX-RS resource: a browser without
 * a login, or with a login below the level, is sent to log in (again) at that level (step-up); an
 * API client gets 401 with {@code error="insufficient_user_authentication"} (RFC 9470). On a CDI
 * bean method: a call without such a login fails with a 401 or 403 problem.
 *
 * <pre>{@code
 * @GET @Path("my-cases") @RequiresAssurance(LevelOfAssurance.SUBSTANTIAL)
 * public Page myCases() { ... }
 * }</pre>
 */
@NameBinding
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresAssurance {

    /** The lowest level that may pass. */
    @Nonbinding
    LevelOfAssurance value() default LevelOfAssurance.LOW;
}
