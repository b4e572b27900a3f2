package nl.casustafel.store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.casustafel.TestStores;
import nl.casustafel.app.AppContext;
import nl.casustafel.app.cli.CasustafelCommand;
import nl.casustafel.domain.conference.AgendaItemState;
import nl.casustafel.domain.conference.AgendaReason;
import nl.casustafel.domain.conference.AssessmentDraft;
import nl.casustafel.domain.conference.ConferenceDraft;
import nl.casustafel.domain.conference.ConferenceType;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.HouseholdDraft;
import nl.casustafel.domain.household.MembershipDraft;
import nl.casustafel.domain.household.PersonDraft;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.incident.IncidentDraft;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.domain.security.Role;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.service.security.LoginGate;
import nl.casustafel.ui.common.I18n;

/**
 * A child process that uses a data directory the way a team does (DataDirectoryPrivacyTest): logs and temporary
 * files go into the data directory, a specialist builds a dossier with a name, BSN and note, searches and opens
 * it, mistypes a password, the chair discusses the household at a conference and previews the minutes, and the
 * command line searches and shows it. "DIR NAME BSN NOTE".
 */
public final class UsedDataDirectory {
    private UsedDataDirectory() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        // Before any logger exists, as the Launcher does.
        System.setProperty("casustafel.logDir", dir.resolve("logs").toString());
        String surname = args[1];
        String bsn = args[2];
        String note = args[3];
        Clock clock = Clock.systemUTC();
        LocalDate today = LocalDate.now(clock);
        TestStores.initialise(dir, clock);
        long household;
        try (AppContext specialist = TestStores.open(dir, clock, Role.SPECIALIST)) {
            household = specialist.households().create(new HouseholdDraft("Gezin " + surname, "Dorpsstraat", "12",
                    "1011 AB", "Utrecht", Phase.DIRECT_SAFETY, null, null, today.minusDays(10)));
            long person = specialist.households().addNewMember(household, new PersonDraft("Xandrijntje", null,
                    surname, LocalDate.of(1988, 4, 2), bsn, Gender.FEMALE, note),
                    new MembershipDraft(PersonRole.VICTIM, today.minusDays(10), null));
            specialist.households().addIncident(household, new IncidentDraft(today.minusDays(2), LocalTime.NOON,
                    IncidentType.DOMESTIC_VIOLENCE_PHYSICAL, Severity.values()[1], "2026123456", IncidentSource.values()[0],
                    note, Set.of(), List.of(new nl.casustafel.domain.incident.InvolvedPerson(person,
                    PersonRole.VICTIM))));
            specialist.households().search(HouseholdQuery.text(surname));
            specialist.households().open(household);
            // A bad input whose text is the name: refused, logged without it.
            try {
                specialist.households().create(new HouseholdDraft(surname.repeat(50), null, null, null, null,
                        Phase.DIRECT_SAFETY, null, null, today));
            } catch (RuntimeException expected) {
                // validation
            }
        }
        try (AppContext chair = TestStores.open(dir, clock, Role.CHAIR)) {
            long conference = chair.conferences().plan(new ConferenceDraft(ConferenceType.REGULAR, today,
                    LocalTime.of(9, 0), 60, "Zorg- en Veiligheidshuis", "Voorzitter", null, null, List.of()));
            long item = chair.conferences().addAgendaItem(conference, household, AgendaReason.NEW, 15);
            chair.conferences().start(conference, chair.conferences().open(conference).conference().version());
            int itemVersion = chair.conferences().openItem(item).item().version();
            chair.conferences().saveAssessment(item, itemVersion, new AssessmentDraft(true, Map.of(), note, null,
                    null, "Besluit over " + surname));
            chair.conferences().setItemState(item, chair.conferences().openItem(item).item().version(),
                    AgendaItemState.DONE);
            chair.conferences().close(conference, chair.conferences().open(conference).conference().version(), false);
            long minutes = chair.minutes().openConcept(conference);
            chair.minutes().preview(minutes, Locale.forLanguageTag("nl"));
        }
        PrintWriter out = new PrintWriter(System.out, true);
        Map<String, String> env = Map.of(CasustafelCommand.PASSWORD_VARIABLE, TestStores.PASSWORD);
        CasustafelCommand.run(new String[] {"--data-dir", dir.toString(), "--user", "specialist", "households",
            "search", surname}, out, out, clock, new I18n(I18n.DUTCH), env);
        CasustafelCommand.run(new String[] {"--data-dir", dir.toString(), "--user", "specialist", "households",
            "show", Long.toString(household)}, out, out, clock, new I18n(I18n.DUTCH), env);
        // Last, so that the failed-login file is still there to be searched.
        try {
            AppContext.login(dir, clock, "specialist", (surname + bsn).toCharArray(), new LoginGate(dir, clock));
        } catch (RuntimeException expected) {
            // wrong password: kept for the audit trail, without what was typed
        }
        try {
            // The password typed into the name field: an unknown name is not kept.
            AppContext.login(dir, clock, bsn + surname.toLowerCase(Locale.ROOT), "x".toCharArray(),
                    new LoginGate(dir, clock));
        } catch (RuntimeException expected) {
            // wrong name
        }
        out.println("done");
    }
}
