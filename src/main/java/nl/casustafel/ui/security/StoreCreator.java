package nl.casustafel.ui.security;

import nl.casustafel.domain.security.AccountDraft;

/**
 * Makes the encrypted store at the first start with its administrator (the composition root calibrates the key
 * derivation and initialises the store) and logs the administrator in. Runs off the FX thread; takes seconds.
 */
@FunctionalInterface
public interface StoreCreator<T> {
    T create(AccountDraft administrator, char[] password);
}
