// SPDX-License-Identifier: EPL-2.0
package org.throughline.viewpoint.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * What the expression helpers remember while the model cannot change: during one interpretation
 * of a diagram, every element of a class and every inverse reference is computed once, not once
 * per element drawn. Per thread, or shared between the threads of one such work; inactive
 * (computing every time) outside {@code ExpressionEngine.unchanging}.
 */
public final class Memo {

    private static final ThreadLocal<Map<Object, Object>> ACTIVE = new ThreadLocal<>();

    private Memo() {
    }

    /** @return whether results are remembered on this thread now */
    public static boolean active() {
        return ACTIVE.get() != null;
    }

    /** Starts remembering on this thread; returns {@code false} when it already was (the caller then must not stop it). */
    public static boolean start() {
        return start(new HashMap<>());
    }

    /**
     * Starts remembering on this thread into the given map, which other threads may share (then
     * a concurrent map); returns {@code false} when it already was (the caller then must not stop it).
     */
    public static boolean start(Map<Object, Object> into) {
        if (ACTIVE.get() != null) {
            return false;
        }
        ACTIVE.set(into);
        return true;
    }

    /** Forgets everything remembered on this thread and stops remembering. */
    public static void stop() {
        ACTIVE.remove();
    }

    /**
     * @param key     what is computed, with its arguments (compared with {@code equals}; elements by identity)
     * @param compute how to compute it
     * @param <T>     the result's type
     * @return the remembered result, or the computed one
     */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> compute) {
        Map<Object, Object> memo = ACTIVE.get();
        if (memo == null) {
            return compute.get();
        }
        if (memo instanceof ConcurrentMap<Object, Object> shared) {
            return shared(shared, key, compute);
        }
        Object value = memo.get(key);
        if (value == null) {
            value = compute.get();
            memo.put(key, value);
        }
        return (T) value;
    }

    /**
     * Memory shared between threads holds what is being computed as a future: the first thread
     * to ask computes it, and the others wait for that result instead of computing it too (threads
     * that start together ask for the same things first). When the computation fails, it is
     * forgotten, and each thread that waited computes it itself.
     */
    @SuppressWarnings("unchecked")
    private static <T> T shared(ConcurrentMap<Object, Object> memo, Object key, Supplier<T> compute) {
        Object known = memo.get(key);
        if (known == null) {
            CompletableFuture<Object> mine = new CompletableFuture<>();
            known = memo.putIfAbsent(key, mine);
            if (known == null) {
                try {
                    T value = compute.get();
                    mine.complete(value);
                    return value;
                } catch (RuntimeException | Error e) {
                    memo.remove(key, mine);
                    mine.completeExceptionally(e);
                    throw e;
                }
            }
        }
        if (known instanceof CompletableFuture<?> future) {
            try {
                return (T) future.join();
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                return compute.get();
            }
        }
        return (T) known;
    }
}
