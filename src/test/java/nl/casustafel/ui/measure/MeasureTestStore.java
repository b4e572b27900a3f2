package nl.casustafel.ui.measure;

import java.time.LocalDate;
import nl.casustafel.TestClocks;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.PersonDraft;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.measure.MeasureDraft;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;

/** A real in-memory store on {@link TestClocks#fixed()} (Tuesday 24 November 2026) with helpers for measures. */
final class MeasureTestStore implements AutoCloseable {
    static final LocalDate TODAY = DomainTime.today(TestClocks.fixed());

    final AppContext app = AppContext.inMemory(TestClocks.uniqueName("measure-ui"), TestClocks.fixed(), nl.casustafel.domain.security.Role.CHAIR);

    long partner(String code) {
        return app.partners().list(true).stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow().id();
    }

    long household(String name) {
        return nl.casustafel.TestRoles.households(app).create(new HouseholdDraft(name, "Dorpsstraat", "1", "3511 AB", "Utrecht",
                Phase.DIRECT_SAFETY, null, null, TODAY.minusYears(2)));
    }

    long member(long householdId, String given, String surname, PersonRole role) {
        return nl.casustafel.TestRoles.households(app).addNewMember(householdId, new PersonDraft(given, null, surname, null, null,
                nl.casustafel.domain.household.Gender.MALE, null),
                new MembershipDraft(role, TODAY.minusYears(1), null));
    }

    long measure(long householdId, MeasureType type, Long personId, long owner, LocalDate start, LocalDate deadline) {
        return app.measures().add(householdId, null, new MeasureDraft(type.category(), type, personId, owner,
                "J. Jansen", start, deadline, MeasureStatus.OPEN, null));
    }

    @Override
    public void close() {
        app.close();
    }
}
