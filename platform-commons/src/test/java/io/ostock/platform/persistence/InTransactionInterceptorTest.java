package io.ostock.platform.persistence;

import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InTransactionInterceptorTest {

    /** A UserTransaction that records what was done to it. */
    static final class RecordingTransaction implements UserTransaction {
        final List<String> calls = new ArrayList<>();
        int status = Status.STATUS_NO_TRANSACTION;
        boolean commitFails;

        @Override
        public void begin() {
            calls.add("begin");
            status = Status.STATUS_ACTIVE;
        }

        @Override
        public void commit() {
            calls.add("commit");
            status = Status.STATUS_NO_TRANSACTION;
            if (commitFails) {
                throw new IllegalStateException("constraint violated at commit");
            }
        }

        @Override
        public void rollback() {
            calls.add("rollback");
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setRollbackOnly() {
            calls.add("setRollbackOnly");
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void setTransactionTimeout(int seconds) {
        }
    }

    private final RecordingTransaction transaction = new RecordingTransaction();
    private final InTransactionInterceptor interceptor = new InTransactionInterceptor();

    {
        interceptor.transaction = transaction;
    }

    @Test
    void aMethodThatReturnsCommits() throws Exception {
        assertEquals("done", interceptor.inTransaction(invoking(() -> "done")));
        assertEquals(List.of("begin", "commit"), transaction.calls);
    }

    @Test
    void aRuntimeExceptionRollsBackAndGoesOnUnchanged() {
        IllegalArgumentException thrown = new IllegalArgumentException("409");
        assertSame(thrown, assertThrows(IllegalArgumentException.class,
                () -> interceptor.inTransaction(invoking(() -> {
                    throw thrown;
                }))));
        assertEquals(List.of("begin", "rollback"), transaction.calls);
    }

    @Test
    void aCheckedExceptionCommitsAsWithTransactional() {
        assertThrows(IOException.class, () -> interceptor.inTransaction(invoking(() -> {
            throw new IOException("checked");
        })));
        assertEquals(List.of("begin", "commit"), transaction.calls);
    }

    @Test
    void aTransactionMarkedRollbackOnlyIsRolledBack() throws Exception {
        interceptor.inTransaction(invoking(() -> {
            transaction.setRollbackOnly();
            return null;
        }));
        assertEquals(List.of("begin", "setRollbackOnly", "rollback"), transaction.calls);
    }

    @Test
    void theCallersTransactionIsJoinedAndMarkedOnFailure() throws Exception {
        transaction.status = Status.STATUS_ACTIVE;
        interceptor.inTransaction(invoking(() -> "joined"));
        assertEquals(List.of(), transaction.calls, "neither begun nor committed here");
        assertThrows(IllegalStateException.class, () -> interceptor.inTransaction(invoking(() -> {
            throw new IllegalStateException("fails");
        })));
        assertEquals(List.of("setRollbackOnly"), transaction.calls);
    }

    @Test
    void aFailedCommitIsATransactionalException() {
        transaction.commitFails = true;
        assertThrows(TransactionalException.class, () -> interceptor.inTransaction(invoking(() -> "x")));
    }

    private static InvocationContext invoking(Callable<Object> method) {
        return new InvocationContext() {
            @Override
            public Object proceed() throws Exception {
                return method.call();
            }

            @Override
            public Object getTarget() {
                return null;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                return null;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[0];
            }

            @Override
            public void setParameters(Object[] params) {
            }

            @Override
            public Map<String, Object> getContextData() {
                return Map.of();
            }
        };
    }
}
