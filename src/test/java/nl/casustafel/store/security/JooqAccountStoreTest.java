package nl.casustafel.store.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import nl.casustafel.TestClocks;
import nl.casustafel.domain.common.ConflictException;
import nl.casustafel.domain.common.NotFoundException;
import nl.casustafel.domain.security.Account;
import nl.casustafel.domain.security.AccountDraft;
import nl.casustafel.domain.security.Role;
import nl.casustafel.store.Database;
import nl.casustafel.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accounts against the real schema: unique user names, the partner of a partner reader, optimistic locking. */
class JooqAccountStoreTest {
    private static final Instant LATER = TestClocks.NOW.plusSeconds(60);
    private Database db;
    private JooqAccountStore accounts;

    @BeforeEach
    void open() {
        db = Database.inMemory(TestClocks.uniqueName("accounts"));
        accounts = new JooqAccountStore(db.dsl());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long insert(AccountDraft draft) {
        return db.inTransaction(() -> accounts.insert(draft, TestClocks.NOW));
    }

    @Test
    void anInsertedAccountIsFoundByIdAndByTheUserNameAsTyped() {
        long id = insert(new AccountDraft(" Anna.deVries ", "Anna de Vries", Role.SPECIALIST, null, true));

        Account a = accounts.get(id);
        assertThat(a.userName()).isEqualTo("anna.devries");
        assertThat(a.displayName()).isEqualTo("Anna de Vries");
        assertThat(a.role()).isEqualTo(Role.SPECIALIST);
        assertThat(a.partnerCode()).isNull();
        assertThat(a.version()).isZero();
        assertThat(a.createdAt()).isEqualTo(TestClocks.NOW);
        assertThat(accounts.findByUserName("ANNA.DEVRIES")).contains(a);
        assertThat(accounts.userNameExists("anna.devries")).isTrue();
        assertThat(accounts.findByUserName("bert")).isEmpty();
    }

    @Test
    void aPartnerReaderBelongsToAnExistingPartner() {
        long id = insert(new AccountDraft("vt.lezer", "Lezer Veilig Thuis", Role.PARTNER_READER, "VEILIG_THUIS", true));

        assertThat(accounts.get(id).partnerCode()).isEqualTo("VEILIG_THUIS");
        assertThatThrownBy(() -> insert(new AccountDraft("x.lezer", "X", Role.PARTNER_READER, "BESTAAT_NIET", true)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.store.write"));
    }

    @Test
    void theSchemaRefusesAPartnerReaderWithoutPartner() {
        assertThatThrownBy(() -> db.run(() -> db.dsl().execute("INSERT INTO account (user_name, display_name, role,"
                + " created_at, updated_at) VALUES ('p', 'P', 'PARTNER_READER', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void userNamesAreUnique() {
        insert(new AccountDraft("anna", "Anna", Role.SPECIALIST, null, true));

        assertThatThrownBy(() -> insert(new AccountDraft("ANNA", "Andere Anna", Role.CHAIR, null, true)))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void anUpdateChecksTheVersion() {
        long id = insert(new AccountDraft("anna", "Anna", Role.SPECIALIST, null, true));

        db.run(() -> accounts.update(id, 0, new AccountDraft("anna", "Anna de Vries", Role.CHAIR, null, true), LATER));
        Account a = accounts.get(id);
        assertThat(a.role()).isEqualTo(Role.CHAIR);
        assertThat(a.version()).isEqualTo(1);
        assertThat(a.updatedAt()).isEqualTo(LATER);

        assertThatThrownBy(() -> db.run(() -> accounts.update(id, 0,
                new AccountDraft("anna", "Oud", Role.ADMINISTRATOR, null, false), LATER)))
                .isInstanceOf(ConflictException.class);
        assertThat(accounts.get(id).role()).isEqualTo(Role.CHAIR);
    }

    @Test
    void inactiveAccountsAreListedOnlyWhenAskedFor() {
        insert(new AccountDraft("anna", "Anna", Role.SPECIALIST, null, true));
        insert(new AccountDraft("bert", "Bert", Role.SPECIALIST, null, false));

        assertThat(accounts.list(false)).extracting(Account::userName).containsExactly("anna");
        assertThat(accounts.list(true)).extracting(Account::userName).containsExactly("anna", "bert");
    }

    @Test
    void aDeleteChecksTheVersion() {
        long id = insert(new AccountDraft("anna", "Anna", Role.SPECIALIST, null, true));

        assertThatThrownBy(() -> db.run(() -> accounts.delete(id, 3))).isInstanceOf(ConflictException.class);
        db.run(() -> accounts.delete(id, 0));
        assertThatThrownBy(() -> accounts.get(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> db.run(() -> accounts.delete(id, 0))).isInstanceOf(NotFoundException.class);
    }
}
