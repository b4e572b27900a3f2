package nl.casustafel.service.settings;

import java.util.Optional;

/** Application settings kept in the store (language, last choices...). Never personal data. */
public interface SettingsService {

    Optional<String> get(String key);

    void put(String key, String value);
}
