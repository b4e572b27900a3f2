package nl.casustafel.domain.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.casustafel.domain.common.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvolvementDraftTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    static InvolvementDraft involvement(Long partnerId, LocalDate start, LocalDate end) {
        return new InvolvementDraft(partnerId, "M. de Wit", "m.dewit@veiligthuis.example", start, end,
                "Onderzoek en monitoring");
    }

    @Test
    void completeInvolvementIsValid() {
        assertThat(involvement(2L, TODAY.minusMonths(1), null).validate(TODAY)).isEmpty();
        assertThat(involvement(2L, TODAY, TODAY).validate(TODAY)).isEmpty();
    }

    @Test
    void partnerAndStartAreRequired() {
        assertThat(involvement(null, null, null).validate(TODAY)).containsExactly(
                FieldError.of(InvolvementDraft.PARTNER, "validation.required"),
                FieldError.of(InvolvementDraft.START_DATE, "validation.required"));
    }

    @Test
    void startMayNotBeInTheFuture() {
        assertThat(involvement(2L, TODAY.plusDays(1), null).validate(TODAY))
                .containsExactly(FieldError.of(InvolvementDraft.START_DATE, "validation.dateInFuture"));
    }

    @Test
    void plannedEndInTheFutureIsAllowed() {
        assertThat(involvement(2L, TODAY.minusDays(3), TODAY.plusMonths(6)).validate(TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "end {0} days after start: valid={1}")
    @CsvSource({"-1, false", "0, true", "30, true"})
    void endMayNotBeBeforeStart(int days, boolean valid) {
        LocalDate start = TODAY.minusMonths(2);
        InvolvementDraft draft = involvement(2L, start, start.plusDays(days));

        if (valid) {
            assertThat(draft.validate(TODAY)).isEmpty();
        } else {
            assertThat(draft.validate(TODAY))
                    .containsExactly(FieldError.of(InvolvementDraft.END_DATE, "validation.endBeforeStart"));
        }
    }

    @Test
    void textsLongerThanTheirColumnsAreErrors() {
        InvolvementDraft draft = new InvolvementDraft(2L, "c".repeat(201), "d".repeat(201), TODAY, null,
                "x".repeat(2001));

        assertThat(draft.validate(TODAY)).containsExactly(
                FieldError.of(InvolvementDraft.CONTACT_PERSON, "validation.tooLong", 200),
                FieldError.of(InvolvementDraft.CONTACT_DETAILS, "validation.tooLong", 200),
                FieldError.of(InvolvementDraft.DESCRIPTION, "validation.tooLong", 2000));
    }

    @Test
    void roundTripsAStoredInvolvement() {
        Involvement stored = new Involvement(5, 1, 9, 2, "M. de Wit", null, TODAY.minusYears(1), null, "VT");

        assertThat(InvolvementDraft.of(stored))
                .isEqualTo(new InvolvementDraft(2L, "M. de Wit", null, TODAY.minusYears(1), null, "VT"));
    }
}
