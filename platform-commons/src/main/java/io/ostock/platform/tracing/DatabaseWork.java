package io.ostock.platform.tracing;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method (or every method of the class) is work in the service's PostgreSQL database: it is
 * traced as a CLIENT span named for the method ("LicenseService.read"), with the database's
 * semantic attributes ({@link DatabaseWorkInterceptor}). Put it where the work is read or written,
 * not on reads a cache answers.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface DatabaseWork {
}
