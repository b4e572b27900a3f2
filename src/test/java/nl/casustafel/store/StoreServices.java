package nl.casustafel.store;

import java.time.Clock;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.security.Role;
import nl.casustafel.service.household.HouseholdService;

/**
 * The household service on a given database, wired as AppContext wires it: for tests of a store AppContext
 * cannot open yet (the encrypted one).
 */
public final class StoreServices {
    private StoreServices() {
    }

    /**
     * The household use cases on a store opened by the test, as a specialist (a trusted sign-in: the store has no
     * key slots). The context is not closed: the test closes its database.
     */
    public static HouseholdService households(Database db, Clock clock) {
        AppContext context = AppContext.of(db, null, clock);
        context.signInTrusted(Role.SPECIALIST);
        return context.households();
    }
}
