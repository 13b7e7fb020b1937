package io.spendvault.adapters.persistence.common;

import io.micronaut.aop.Around;
import io.micronaut.context.annotation.Type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean whose calls reach PostgreSQL: a database that cannot be reached surfaces from it as the
 * domain's {@link io.spendvault.domain.common.ServiceUnavailableException}, so that callers (the REST adapter
 * answering 503) need no knowledge of JDBC. See {@link DatabaseFailureTranslator}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Around
@Type(DatabaseFailureTranslator.class)
public @interface DatabaseAccess {
}
