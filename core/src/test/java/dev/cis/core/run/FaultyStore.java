package dev.cis.core.run;

import dev.cis.core.store.RunStore;
import dev.cis.core.store.StoreException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real store that fails on demand: after {@link #failOn} the named method throws the error SQLite gives
 * for a locked database, {@code times} times (or until {@link #heal}), as a busy or full disk would.
 */
final class FaultyStore {

    private final Map<String, AtomicInteger> faults = new ConcurrentHashMap<>();
    final RunStore store;

    FaultyStore(RunStore real) {
        this.store = (RunStore) Proxy.newProxyInstance(RunStore.class.getClassLoader(), new Class<?>[] {RunStore.class},
                (proxy, method, args) -> {
                    AtomicInteger left = faults.get(method.getName());
                    if (left != null && left.getAndDecrement() > 0) {
                        throw new StoreException("could not " + method.getName() + ": [SQLITE_BUSY] database is locked");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The next {@code times} calls of {@code method} fail. */
    FaultyStore failOn(String method, int times) {
        faults.put(method, new AtomicInteger(times));
        return this;
    }

    void heal() {
        faults.clear();
    }
}
