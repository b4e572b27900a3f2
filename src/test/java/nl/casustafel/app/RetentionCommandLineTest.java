package nl.casustafel.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.casustafel.TestClocks;
import nl.casustafel.TestStores;
import nl.casustafel.app.cli.CasustafelCommand;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.security.AccountDraft;
import nl.casustafel.domain.security.Role;
import nl.casustafel.service.security.LoginGate;
import nl.casustafel.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retention proposals | propose | approve} with two administrators. */
class RetentionCommandLineTest {
    private static final Clock CLOCK = TestClocks.fixed();

    @TempDir
    Path dir;

    private String[] run(String user, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 4];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        all[2] = "--user";
        all[3] = user;
        System.arraycopy(args, 0, all, 4, args.length);
        int code = CasustafelCommand.run(all, new PrintWriter(out, true), new PrintWriter(err, true), CLOCK,
                new I18n(I18n.ENGLISH), Map.of(CasustafelCommand.PASSWORD_VARIABLE, TestStores.PASSWORD));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void aProposalIsApprovedByASecondAdministratorOnly() {
        LocalDate today = DomainTime.today(CLOCK);
        long household;
        try (AppContext admin = TestStores.open(dir, CLOCK, Role.ADMINISTRATOR)) {
            admin.security().createAccount(new AccountDraft("beheerder2", "Tweede", Role.ADMINISTRATOR, null, true),
                    TestStores.PASSWORD.toCharArray());
        }
        try (AppContext s = AppContext.login(dir, CLOCK, "specialist", TestStores.PASSWORD.toCharArray(),
                new LoginGate(dir, CLOCK))) {
            household = s.households().create(new HouseholdDraft("Gezin Oud", null, null, null, null,
                    Phase.DIRECT_SAFETY, null, null, today.minusYears(8)));
            s.households().close(household, s.households().open(household).household().version(),
                    today.minusMonths(61), null);
        }
        String[] proposals = run(TestStores.ADMINISTRATOR, "retention", "proposals");
        assertThat(proposals[0]).as(proposals[2]).isEqualTo("0");
        assertThat(proposals[1]).contains("HOUSEHOLD: 60 months").contains("Household " + household + ":");
        assertThat(proposals[1]).doesNotContain("Gezin Oud");

        String[] propose = run(TestStores.ADMINISTRATOR, "retention", "propose", Long.toString(household),
                "--reason", "Termijn verstreken");
        assertThat(propose[0]).as(propose[2]).isEqualTo("0");
        assertThat(propose[1]).contains("Destruction request 1 made");

        String[] same = run(TestStores.ADMINISTRATOR, "retention", "approve", "1");
        assertThat(same[0]).isEqualTo("1");
        assertThat(same[2]).contains("another administrator");

        String[] approve = run("beheerder2", "retention", "approve", "1");
        assertThat(approve[0]).as(approve[2]).isEqualTo("0");
        assertThat(run("beheerder2", "retention", "proposals")[1]).contains("Request 1: APPROVED, household -");
    }
}
