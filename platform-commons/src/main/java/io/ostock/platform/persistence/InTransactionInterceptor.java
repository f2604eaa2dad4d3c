package io.ostock.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;

/**
 * Runs {@link InTransaction} methods in a JTA transaction through the container's UserTransaction:
 * joins the caller's transaction (marking it rollback-only when the method throws a runtime
 * exception), or begins one and commits it, or rolls it back on a runtime exception or when it was
 * marked rollback-only. A checked exception commits, as with {@code @Transactional}. A commit that
 * fails is a {@link TransactionalException}.
 */
@InTransaction
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class InTransactionInterceptor {

    @Resource
    UserTransaction transaction;

    @AroundInvoke
    Object inTransaction(InvocationContext invocation) throws Exception {
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return joined(invocation);
        }
        transaction.begin();
        Object result;
        try {
            result = invocation.proceed();
        } catch (RuntimeException | Error failure) {
            rollBack(failure);
            throw failure;
        } catch (Exception checked) {
            complete();
            throw checked;
        }
        complete();
        return result;
    }

    private Object joined(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (RuntimeException | Error failure) {
            transaction.setRollbackOnly();
            throw failure;
        }
    }

    /** Commits, or rolls back a transaction that was marked rollback-only. */
    private void complete() {
        try {
            if (transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                transaction.rollback();
            } else {
                transaction.commit();
            }
        } catch (Exception failed) {
            throw new TransactionalException("The transaction could not be committed", failed);
        }
    }

    private void rollBack(Throwable cause) {
        try {
            transaction.rollback();
        } catch (IllegalStateException | SecurityException | SystemException failed) {
            cause.addSuppressed(failed);
        }
    }
}
