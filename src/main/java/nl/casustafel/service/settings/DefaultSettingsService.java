package nl.casustafel.service.settings;

import java.time.Clock;
import java.util.Optional;
import nl.casustafel.store.Transactor;
import nl.casustafel.store.settings.JooqSettingsStore;

/** Settings kept in the store. */
public final class DefaultSettingsService implements SettingsService {
    private final Transactor tx;
    private final JooqSettingsStore store;
    private final Clock clock;

    public DefaultSettingsService(Transactor tx, JooqSettingsStore store, Clock clock) {
        this.tx = tx;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Optional<String> get(String key) {
        return tx.inTransaction(() -> store.get(key));
    }

    @Override
    public void put(String key, String value) {
        tx.run(() -> store.put(key, value, clock.instant()));
    }
}
