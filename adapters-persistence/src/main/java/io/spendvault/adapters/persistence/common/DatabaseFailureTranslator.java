package io.spendvault.adapters.persistence.common;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.spendvault.domain.common.DomainException;
import io.spendvault.domain.common.ServiceUnavailableException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Turns "the database cannot be reached" into {@link ServiceUnavailableException} ({@code SERVICE_UNAVAILABLE}):
 * no connection from the pool within its timeout, a connection refused or broken, a server shutting down.
 * Every other failure (a constraint, a bug) passes through unchanged. Outermost, so that it also sees what the
 * transaction interceptor throws when it cannot begin.
 *
 * <p>Once the pool has waited its whole connection timeout in vain, the database is taken for down for one
 * more such period: calls fail at once instead of each waiting again (a request makes several), and the first
 * call after it tries the database again, so recovery needs no one's help.
 */
@InterceptorBean(DatabaseAccess.class)
public class DatabaseFailureTranslator implements MethodInterceptor<Object, Object>, Ordered {

    public static final String CODE = "SERVICE_UNAVAILABLE";
    /** SQLSTATE 57P01-57P03: the server is shutting down, crashed, or cannot take connections yet. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private final long downForNanos;
    private volatile long downUntil = System.nanoTime();

    public DatabaseFailureTranslator(@Value("${datasources.default.connection-timeout:2000}") long connectionTimeoutMillis) {
        this.downForNanos = TimeUnit.MILLISECONDS.toNanos(connectionTimeoutMillis);
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        if (System.nanoTime() - downUntil < 0) {
            throw unavailable(null);
        }
        try {
            return context.proceed();
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            if (isUnreachable(e)) {
                if (hasCause(e, SQLTransientConnectionException.class)) {
                    downUntil = System.nanoTime() + downForNanos;
                }
                throw unavailable(e);
            }
            throw e;
        }
    }

    private static ServiceUnavailableException unavailable(RuntimeException cause) {
        return new ServiceUnavailableException(CODE, "The database is unavailable", cause);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // ConnectionException: Micronaut Data could not get or prepare a connection (one the server closed, say)
            if (cause instanceof ConnectionException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof SocketTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GOING_AWAY.contains(sql.getSQLState()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
