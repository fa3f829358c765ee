package dev.zmqstudio.runtime.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A count written by exactly one thread and read by others. Opaque writes cost a plain store on the hot path
 * but are never torn or hoisted, so readers always see a recent, whole value.
 */
public final class Counter {
    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(Counter.class, "value", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Plain reads are safe in the owner thread, the only writer. */
    private long value;

    /** Owner thread only; returns the new count. */
    public long increment() {
        long next = value + 1;
        VALUE.setOpaque(this, next);
        return next;
    }

    /** Owner thread only. */
    public void add(long n) {
        VALUE.setOpaque(this, (long) VALUE.getOpaque(this) + n);
    }

    /** Owner thread only: a mirror of a count kept in another process. */
    public void set(long n) {
        VALUE.setOpaque(this, n);
    }

    /** Any thread. */
    public long get() {
        return (long) VALUE.getOpaque(this);
    }
}
