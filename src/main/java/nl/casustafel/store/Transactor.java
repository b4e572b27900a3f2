package nl.casustafel.store;

import java.util.function.Supplier;

/** Runs one use case in one transaction: everything inside commits together or not at all. */
public interface Transactor {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
