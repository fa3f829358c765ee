package dev.zmqstudio.runtime;

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

    @SuppressWarnings("unused") // accessed through VALUE
    private long value;

    /** Owner thread only. */
    public void increment() {
        VALUE.setOpaque(this, (long) VALUE.getOpaque(this) + 1);
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
