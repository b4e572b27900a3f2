package nl.casustafel.store.settings;

import static nl.casustafel.store.jooq.Tables.APP_SETTING;

import java.time.Instant;
import java.util.Optional;
import nl.casustafel.store.Rows;
import org.jooq.DSLContext;

/** Key-value application settings. */
public final class JooqSettingsStore {
    private final DSLContext dsl;

    public JooqSettingsStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String key) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(String key, String value, Instant now) {
        int updated = dsl.update(APP_SETTING)
                .set(APP_SETTING.SETTING_VALUE, value)
                .set(APP_SETTING.VERSION, APP_SETTING.VERSION.plus(1))
                .set(APP_SETTING.UPDATED_AT, Rows.utc(now))
                .where(APP_SETTING.SETTING_KEY.eq(key)).execute();
        if (updated == 0) {
            dsl.insertInto(APP_SETTING)
                    .set(APP_SETTING.SETTING_KEY, key)
                    .set(APP_SETTING.SETTING_VALUE, value)
                    .set(APP_SETTING.UPDATED_AT, Rows.utc(now))
                    .execute();
        }
    }
}
