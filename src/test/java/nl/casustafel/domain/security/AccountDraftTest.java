package nl.casustafel.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.casustafel.domain.common.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountDraftTest {

    @Test
    void aCompleteSpecialistIsValid() {
        assertThat(new AccountDraft("anna.devries", "Anna de Vries", Role.SPECIALIST, null, true).validate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "anna de vries", "anna@politie.nl", "zoë", "anna/..", "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcde"})
    void userNamesAreShortAsciiCodes(String name) {
        assertThat(new AccountDraft(name, "Anna", Role.SPECIALIST, null, true).validate())
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AccountDraft.USER_NAME, "validation.userName"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna.de-Vries_2", " anna ", "ab"})
    void userNamesAreNormalisedBeforeTheCheck(String name) {
        assertThat(UserNames.isValid(name)).isTrue();
        assertThat(UserNames.normalise(name)).isEqualTo(name.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void aPartnerReaderNeedsAPartnerAndOthersHaveNone() {
        assertThat(new AccountDraft("vt", "VT", Role.PARTNER_READER, null, true).validate())
                .extracting(FieldError::messageKey).containsExactly("validation.accountPartner");
        assertThat(new AccountDraft("vt", "VT", Role.PARTNER_READER, "VEILIG_THUIS", true).validate()).isEmpty();
        assertThat(new AccountDraft("anna", "Anna", Role.CHAIR, "VEILIG_THUIS", true).validate())
                .extracting(FieldError::messageKey).containsExactly("validation.accountPartner");
    }

    @Test
    void roleAndDisplayNameAreRequired() {
        assertThat(new AccountDraft("anna", " ", null, null, true).validate()).extracting(FieldError::field)
                .containsExactly(AccountDraft.DISPLAY_NAME, AccountDraft.ROLE);
    }
}
