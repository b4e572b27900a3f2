package nl.casustafel.domain.demo;

import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.PersonDraft;

/**
 * A member of a generated household. Members of different households with the same {@code personKey}
 * are one person (for example an ex-partner who now lives in a new household); the first occurrence's
 * person draft is the one stored.
 */
public record DemoMember(String personKey, PersonDraft person, MembershipDraft membership) {
}
