package nl.casustafel.service.household;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.casustafel.domain.household.Membership;
import nl.casustafel.domain.household.Person;
import nl.casustafel.store.household.JooqPersonStore;

/**
 * The members of a household as the dossier and the meeting show them: membership, person and the other households
 * the person belongs to, ordered by role and name. Runs inside the caller's transaction.
 */
public final class HouseholdMembers {
    private final JooqPersonStore persons;

    public HouseholdMembers(JooqPersonStore persons) {
        this.persons = persons;
    }

    public List<Member> of(long householdId) {
        List<Membership> memberships = persons.memberships(householdId);
        if (memberships.isEmpty()) {
            return List.of();
        }
        List<Long> personIds = memberships.stream().map(Membership::personId).toList();
        Map<Long, Person> byId = persons.byIds(personIds).stream().collect(Collectors.toMap(Person::id, p -> p));
        Map<Long, List<HouseholdRef>> others = householdsByPerson(persons.membershipsOf(personIds).stream()
                .filter(i -> i.membership().householdId() != householdId).toList());
        List<Member> members = new ArrayList<>();
        for (Membership m : memberships) {
            members.add(new Member(m, byId.get(m.personId()), others.getOrDefault(m.personId(), List.of())));
        }
        members.sort(Comparator.comparing((Member m) -> m.membership().role().ordinal())
                .thenComparing(m -> m.person().name().sortKey()));
        return members;
    }

    /** Per person, the households of the given memberships. */
    static Map<Long, List<HouseholdRef>> householdsByPerson(List<JooqPersonStore.MembershipInfo> memberships) {
        return memberships.stream().collect(Collectors.groupingBy(i -> i.membership().personId(),
                Collectors.mapping(i -> new HouseholdRef(i.membership().householdId(), i.householdName(),
                        i.householdStatus(), i.membership().role()), Collectors.toList())));
    }
}
