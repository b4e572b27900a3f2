package nl.casustafel.domain.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.casustafel.domain.common.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MembershipDraftTest {
    static final LocalDate START = LocalDate.of(2024, 3, 1);

    @Test
    void roleIsRequired() {
        assertThat(new MembershipDraft(null, null, null).validate())
                .containsExactly(FieldError.of(MembershipDraft.ROLE, "validation.required"));
    }

    @Test
    void periodMayBeUnknown() {
        assertThat(new MembershipDraft(PersonRole.CHILD, null, null).validate()).isEmpty();
        assertThat(new MembershipDraft(PersonRole.CHILD, null, START).validate()).isEmpty();
        assertThat(new MembershipDraft(PersonRole.CHILD, START, null).validate()).isEmpty();
    }

    @ParameterizedTest(name = "end {0} days after start: valid={1}")
    @CsvSource({"-1, false", "-365, false", "0, true", "1, true"})
    void endMayNotBeBeforeStart(int days, boolean valid) {
        MembershipDraft draft = new MembershipDraft(PersonRole.EX_PARTNER, START, START.plusDays(days));

        if (valid) {
            assertThat(draft.validate()).isEmpty();
        } else {
            assertThat(draft.validate())
                    .containsExactly(FieldError.of(MembershipDraft.END_DATE, "validation.endBeforeStart"));
        }
    }

    @Test
    void membershipIsActiveWithinItsPeriodInclusive() {
        Membership m = new Membership(1, 0, 1, 1, PersonRole.VICTIM, START, START.plusDays(10));

        assertThat(m.isActiveOn(START.minusDays(1))).isFalse();
        assertThat(m.isActiveOn(START)).isTrue();
        assertThat(m.isActiveOn(START.plusDays(10))).isTrue();
        assertThat(m.isActiveOn(START.plusDays(11))).isFalse();
        assertThat(new Membership(1, 0, 1, 1, PersonRole.VICTIM, null, null).isActiveOn(START)).isTrue();
    }
}
