package nl.casustafel;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.security.AccountDraft;
import nl.casustafel.domain.security.Role;
import nl.casustafel.security.Argon2Params;
import nl.casustafel.service.security.LoginGate;

/**
 * Encrypted stores on disk for tests, opened the way a user opens them: {@code init} with an administrator,
 * an account per role, and a login with the password (Argon2id at OWASP's minimum cost, to keep tests quick).
 */
public final class TestStores {
    public static final String ADMINISTRATOR = "beheerder";
    public static final String PASSWORD = "correct horse battery staple";

    private TestStores() {
    }

    /** The user name of the test account with this role ("beheerder", "voorzitter", "specialist", "partner"). */
    public static String userFor(Role role) {
        return switch (role) {
            case ADMINISTRATOR -> ADMINISTRATOR;
            case CHAIR -> "voorzitter";
            case SPECIALIST -> "specialist";
            case PARTNER_READER -> "partner";
        };
    }

    /** Creates the store (when new) with an account per role; the partner-lezer reads for Veilig Thuis. */
    public static void initialise(Path dir, Clock clock) {
        if (AppContext.isInitialised(dir)) {
            return;
        }
        try (AppContext admin = AppContext.initialise(dir, clock,
                new AccountDraft(ADMINISTRATOR, "Beheerder Test", Role.ADMINISTRATOR, null, true),
                PASSWORD.toCharArray(), Argon2Params.OWASP_MINIMUM)) {
            for (Role role : Role.values()) {
                if (role != Role.ADMINISTRATOR) {
                    String partner = role == Role.PARTNER_READER ? "VEILIG_THUIS" : null;
                    admin.security().createAccount(new AccountDraft(userFor(role),
                            "Test " + role.name().toLowerCase(Locale.ROOT), role, partner, true),
                            PASSWORD.toCharArray());
                }
            }
        }
    }

    /** Opens the store in {@code dir} (initialising it when new), logged in with the given role. */
    public static AppContext open(Path dir, Clock clock, Role role) {
        initialise(dir, clock);
        return AppContext.login(dir, clock, userFor(role), PASSWORD.toCharArray(), new LoginGate(dir, clock));
    }
}
