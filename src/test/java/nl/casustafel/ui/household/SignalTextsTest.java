package nl.casustafel.ui.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.casustafel.domain.signal.Signal;
import nl.casustafel.domain.signal.SignalType;
import nl.casustafel.ui.common.I18n;
import org.junit.jupiter.api.Test;

class SignalTextsTest {
    private final I18n dutch = new I18n(I18n.DUTCH);
    private final I18n english = new I18n(I18n.ENGLISH);

    @Test
    void escalationReasonNamesTheCountAndTheDatesInDutchFormat() {
        Signal s = new Signal(SignalType.ESCALATION, List.of(1L, 2L, 3L),
                List.of(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 6, 14), LocalDate.of(2025, 9, 1)), 3);

        assertThat(SignalTexts.reason(dutch, s, null))
                .isEqualTo("3 incidenten in de afgelopen 12 maanden: 02-03-2025, 14-06-2025, 01-09-2025");
        assertThat(SignalTexts.title(dutch, s)).isEqualTo("Escalatie");
    }

    @Test
    void repeatAfterConferenceNamesTheConferenceDate() {
        Signal s = new Signal(SignalType.REPEAT_AFTER_CONFERENCE, List.of(7L), List.of(LocalDate.of(2025, 11, 5)), 1);

        assertThat(SignalTexts.reason(dutch, s, LocalDate.of(2025, 10, 20)))
                .isEqualTo("1 nieuw(e) incident(en) na het casusoverleg van 20-10-2025: 05-11-2025");
    }

    @Test
    void largeCountsAreNotGroupedAndEnglishIsUsedWhenChosen() {
        Signal s = new Signal(SignalType.NO_CASE_DIRECTOR, List.of(), List.of(), 1200);

        assertThat(SignalTexts.reason(dutch, s, null)).isEqualTo("1200 instanties betrokken en geen casusregisseur");
        assertThat(SignalTexts.reason(english, s, null)).startsWith("1200 ");
    }

    @Test
    void lethalityAndEscalationAreRedWhileAMissingCaseDirectorIsAmber() {
        assertThat(SignalTexts.severityClass(SignalType.LETHALITY_MARKER)).isEqualTo("danger");
        assertThat(SignalTexts.severityClass(SignalType.ESCALATION)).isEqualTo("danger");
        assertThat(SignalTexts.severityClass(SignalType.NO_CASE_DIRECTOR)).isEqualTo("warning");
        assertThat(SignalTexts.severityClass(SignalType.OVERDUE_MEASURE)).isEqualTo("warning");
    }

    @Test
    void everySignalTypeHasAReasonInBothLanguages() {
        for (SignalType type : SignalType.values()) {
            Signal s = new Signal(type, List.of(1L), List.of(LocalDate.of(2025, 1, 31)), 2);
            assertThat(SignalTexts.reason(dutch, s, LocalDate.of(2024, 12, 1))).doesNotContain("!signal.");
            assertThat(SignalTexts.reason(english, s, LocalDate.of(2024, 12, 1))).doesNotContain("!signal.");
        }
    }

    @Test
    void bsnIsMaskedExceptTheLastThreeDigits() {
        assertThat(PersonTexts.maskBsn(nl.casustafel.domain.household.Bsn.parse("123456782"))).isEqualTo("******782");
        assertThat(PersonTexts.maskBsn(null)).isEmpty();
    }
}
