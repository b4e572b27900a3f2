package nl.casustafel.store;

import java.time.Clock;
import nl.casustafel.service.household.DefaultHouseholdService;
import nl.casustafel.service.household.HouseholdDerivedData;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.store.household.JooqHouseholdStore;
import nl.casustafel.store.household.JooqIncidentStore;
import nl.casustafel.store.household.JooqPersonStore;
import nl.casustafel.store.measure.JooqMeasureStore;
import nl.casustafel.store.partner.JooqPartnerStore;

/**
 * The household service on a given database, wired as AppContext wires it: for tests of a store AppContext
 * cannot open yet (the encrypted one).
 */
public final class StoreServices {
    private StoreServices() {
    }

    public static HouseholdService households(Database db, Clock clock) {
        var dsl = db.dsl();
        var households = new JooqHouseholdStore(dsl);
        var persons = new JooqPersonStore(dsl);
        var incidents = new JooqIncidentStore(dsl);
        var derived = new HouseholdDerivedData(households, persons, incidents, new JooqMeasureStore(dsl), clock);
        return new DefaultHouseholdService(db, households, persons, incidents, new JooqPartnerStore(dsl), derived,
                clock);
    }
}
