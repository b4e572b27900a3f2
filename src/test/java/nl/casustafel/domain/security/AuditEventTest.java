package nl.casustafel.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An audit event holds codes, never a name, BSN or search text, and its refusal does not echo the value. */
class AuditEventTest {

    private static AuditEvent withObjectId(String id) {
        return new AuditEvent("anna", Role.SPECIALIST, AuditAction.READ, "person", id, AuditResult.SUCCESS, "WS-1",
                null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jansen, Piet", "piet jansen", "111222333 Jansen", "", "Ødegård"})
    void anObjectIdIsATechnicalIdNotText(String id) {
        assertThatThrownBy(() -> withObjectId(id)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(id.isEmpty() ? "\u0000" : id));
    }

    @Test
    void technicalIdsAreAccepted() {
        assertThat(withObjectId("42").objectId()).isEqualTo("42");
        assertThat(withObjectId("minutes:12:v3").objectId()).isEqualTo("minutes:12:v3");
        assertThat(withObjectId("5f0c6f3e-0b7a-4c1e-9a51-000000000001").objectId()).hasSize(36);
    }

    @Test
    void theUserNameIsNormalisedAndMayBeAbsentForAFailedLogin() {
        assertThat(new AuditEvent(" Anna ", null, AuditAction.LOGIN, null, null, AuditResult.SUCCESS, "WS-1", null)
                .userName()).isEqualTo("anna");
        assertThat(new AuditEvent(null, null, AuditAction.LOGIN_FAILED, null, null, AuditResult.FAILURE, "WS-1",
                null).userName()).isNull();
    }

    @Test
    void aBlankReasonIsNoReasonAndALongOneIsRefused() {
        assertThat(new AuditEvent("anna", Role.CHAIR, AuditAction.EXPORT, "household", "1", AuditResult.SUCCESS,
                "WS-1", "  ").reason()).isNull();
        assertThatThrownBy(() -> new AuditEvent("anna", Role.CHAIR, AuditAction.EXPORT, "household", "1",
                AuditResult.SUCCESS, "WS-1", "x".repeat(501))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWorkstationIsRequired() {
        assertThatThrownBy(() -> new AuditEvent("anna", Role.CHAIR, AuditAction.LOGIN, null, null,
                AuditResult.SUCCESS, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
