package dev.confguard.resolve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Computes each key's value at most once, in the first thread that asks; threads asking meanwhile
 * wait for that result instead of computing it again. Unlike {@code computeIfAbsent}, a slow
 * computation does not lock other keys.
 */
final class Memo<K, V> {
    private final ConcurrentHashMap<K, FutureTask<V>> tasks = new ConcurrentHashMap<>();
    private final Function<K, V> compute;

    Memo(Function<K, V> compute) {
        this.compute = compute;
    }

    V get(K key) {
        FutureTask<V> task = tasks.get(key);
        if (task == null) {
            FutureTask<V> mine = new FutureTask<>(() -> compute.apply(key));
            task = tasks.putIfAbsent(key, mine);
            if (task == null) {
                task = mine;
                mine.run();
            }
        }
        return await(task);
    }

    /** The value of {@code key} when it has been computed, else null (never computes nor waits). */
    V getIfComputed(K key) {
        FutureTask<V> task = tasks.get(key);
        return task != null && task.isDone() ? await(task) : null;
    }

    /** Forgets the value of {@code key}: the next {@link #get} computes it again. */
    void remove(K key) {
        tasks.remove(key);
    }

    /** The values computed so far, by key (a snapshot; values still being computed are waited for). */
    Map<K, V> computed() {
        Map<K, V> out = new java.util.HashMap<>();
        for (Map.Entry<K, FutureTask<V>> e : tasks.entrySet()) {
            out.put(e.getKey(), await(e.getValue()));
        }
        return out;
    }

    private static <V> V await(FutureTask<V> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException) {
                        throw (RuntimeException) cause;
                    }
                    if (cause instanceof Error) {
                        throw (Error) cause;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
