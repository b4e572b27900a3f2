package nl.casustafel.domain.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConferenceTypeTest {

    @Test
    void samenOpInAcuutInvitesTheFiveSeededCorePartners() {
        assertThat(ConferenceType.coreAcutePartnerCodes())
                .containsExactly("POLITIE", "VEILIG_THUIS", "OM", "RECLASSERING_NL", "RVDK");
    }

    @Test
    void corePartnerCodesCannotBeChanged() {
        assertThatThrownBy(() -> ConferenceType.coreAcutePartnerCodes().add("GGZ"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void onlySamenOpInAcuutIsAcute() {
        assertThat(ConferenceType.SAMEN_OP_IN_ACUUT.isAcute()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ConferenceType.class, mode = EnumSource.Mode.EXCLUDE, names = "SAMEN_OP_IN_ACUUT")
    void otherTypesAreNotAcute(ConferenceType type) {
        assertThat(type.isAcute()).isFalse();
    }

    @Test
    void onlyAnIncidentalParticipantSignsAConfidentialityStatement() {
        assertThat(ConferenceRole.INCIDENTAL_PARTICIPANT.requiresConfidentialityStatement()).isTrue();
        assertThat(ConferenceRole.CHAIR.requiresConfidentialityStatement()).isFalse();
        assertThat(ConferenceRole.MINUTE_TAKER.requiresConfidentialityStatement()).isFalse();
        assertThat(ConferenceRole.PARTICIPANT.requiresConfidentialityStatement()).isFalse();
    }

    @Test
    void conferenceStatusesRunFromPlannedToClosed() {
        assertThat(ConferenceStatus.values())
                .containsExactly(ConferenceStatus.PLANNED, ConferenceStatus.IN_PROGRESS, ConferenceStatus.CLOSED);
    }
}
