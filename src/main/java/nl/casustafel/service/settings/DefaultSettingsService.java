package nl.casustafel.service.settings;

import java.time.Clock;
import java.util.Optional;
import nl.casustafel.store.Transactor;
import nl.casustafel.service.security.Access;
import nl.casustafel.service.security.UseCase;
import nl.casustafel.store.settings.JooqSettingsStore;

/** Settings kept in the store. */
public final class DefaultSettingsService implements SettingsService {
    private final Transactor tx;
    private final JooqSettingsStore store;
    private final Clock clock;
    private final Access access;
    /** Keys of settings that protect the store for everyone. */
    public static final String SECURITY_PREFIX = "security.";

    /** Preferences hold no personal data: the role is checked, nothing is audited. */
    public DefaultSettingsService(Access access, Transactor tx, JooqSettingsStore store, Clock clock) {
        this.access = access;
        this.tx = tx;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Optional<String> get(String key) {
        access.require(UseCase.SETTING_READ);
        return tx.inTransaction(() -> store.get(key));
    }

    @Override
    public void put(String key, String value) {
        if (key.startsWith(SECURITY_PREFIX)) {
            // The idle lock and the like hold for every workstation: the beheerder's, and audited.
            access.run(UseCase.SECURITY_SETTING_WRITE, null, key.substring(SECURITY_PREFIX.length()),
                    () -> store.put(key, value, clock.instant()));
            return;
        }
        access.require(UseCase.SETTING_WRITE);
        tx.run(() -> store.put(key, value, clock.instant()));
    }
}
