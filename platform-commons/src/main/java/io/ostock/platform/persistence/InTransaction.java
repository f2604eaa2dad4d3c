package io.ostock.platform.persistence;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method (or every method of the class) runs in a JTA transaction: the caller's when there is
 * one, else a new one, committed when the method returns and rolled back when it throws a runtime
 * exception ({@link InTransactionInterceptor}). The semantics of {@code @Transactional(REQUIRED)},
 * without its cost: Liberty's {@code @Transactional} writes an FFDC incident file, with the
 * exception's message (user data), for every exception that leaves the method, such as the
 * DomainException of an ordinary 404, 409 or 412. Reads that need no transaction carry none.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface InTransaction {
}
