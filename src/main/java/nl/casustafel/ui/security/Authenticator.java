package nl.casustafel.ui.security;

/**
 * Opens the store for a user (the composition root's login): returns what the main window is built from, or throws
 * a domain exception (wrong password, throttled, inactive account). Runs off the FX thread.
 */
@FunctionalInterface
public interface Authenticator<T> {
    T login(String userName, char[] password);
}
