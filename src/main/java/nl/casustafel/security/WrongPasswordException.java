package nl.casustafel.security;

import nl.casustafel.domain.common.DomainException;

/**
 * The user name and password do not open a key slot. Deliberately the same for an unknown user name, a wrong
 * password and a damaged slot: which one it was is nobody's business but the attacker's.
 */
public class WrongPasswordException extends DomainException {
    public WrongPasswordException() {
        super("error.login.failed");
    }
}
