package nl.casustafel.ui.conference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.conference.AgendaReason;
import nl.casustafel.domain.conference.AttendanceStatus;
import nl.casustafel.domain.conference.AttendeeDraft;
import nl.casustafel.domain.conference.ConferenceDraft;
import nl.casustafel.domain.conference.ConferenceRole;
import nl.casustafel.domain.conference.ConferenceType;
import nl.casustafel.domain.measure.MeasureCategory;
import nl.casustafel.domain.measure.MeasureDraft;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.ui.common.FxUiExecutor;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.Theme;
import nl.casustafel.ui.household.HouseholdViewPreview;
import nl.casustafel.ui.shell.Navigator;

/**
 * Throwaway preview to look at the conference pages: a realistic household on the agenda of a conference that ran
 * before (with measures) and one in progress. Arguments: "meeting" for the meeting mode, a step number 1-6,
 * optional "en".
 */
public final class ConferencePreview {
    private ConferencePreview() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            I18n i18n = args.contains("en") ? new I18n(I18n.ENGLISH) : new I18n(I18n.DUTCH);
            Clock clock = Clock.systemUTC();
            AppContext app = AppContext.inMemory("conference-preview", clock, nl.casustafel.domain.security.Role.CHAIR);
            LocalDate today = DomainTime.today(clock);
            long household = HouseholdViewPreview.seed(app, today);
            List<Partner> partners = app.partners().list(false);
            long police = id(partners, "Politie");
            long vt = id(partners, "VT");
            long om = id(partners, "OM");
            long rn = id(partners, "RN");
            var conferences = app.conferences();
            long earlier = conferences.plan(new ConferenceDraft(ConferenceType.REGULAR, today.minusDays(21),
                    LocalTime.of(9, 30), 120, "Veiligheidshuis Utrecht", "Ria Voorzitter", vt, "Nina Notulist",
                    List.of(police, vt, om, rn)));
            long earlierItem = conferences.addAgendaItem(earlier, household, AgendaReason.FOLLOW_UP, 20);
            conferences.start(earlier, conferences.open(earlier).conference().version());
            app.measures().add(household, earlierItem, new MeasureDraft(MeasureCategory.ADMINISTRATIVE,
                    MeasureType.TEMPORARY_RESTRAINING_ORDER, null, police, "Burgemeester / wijkagent",
                    today.minusDays(21), null, MeasureStatus.IN_PROGRESS, null));
            app.measures().add(household, earlierItem, new MeasureDraft(MeasureCategory.CARE,
                    MeasureType.VOLUNTARY_CARE_TRAJECTORY, null, vt, "Wijkteam Oost", today.minusDays(21),
                    today.plusDays(30), MeasureStatus.OPEN, null));
            app.measures().add(household, earlierItem, new MeasureDraft(MeasureCategory.CRIMINAL_LAW,
                    MeasureType.REPORT_AND_PROSECUTION, null, om, "Officier huiselijk geweld", today.minusDays(21),
                    today.minusDays(2), MeasureStatus.OPEN, null));
            var item = conferences.open(earlier).agenda().get(0).item();
            conferences.setItemState(item.id(), item.version(), nl.casustafel.domain.conference.AgendaItemState.DONE);
            conferences.close(earlier, conferences.open(earlier).conference().version(), false);

            long now = conferences.plan(new ConferenceDraft(ConferenceType.REGULAR, today, LocalTime.of(9, 30), 120,
                    "Veiligheidshuis Utrecht", "Ria Voorzitter", vt, "Nina Notulist", List.of(police, vt, om, rn)));
            conferences.addAgendaItem(now, household, AgendaReason.FOLLOW_UP, 20);
            for (var s : conferences.suggest(now, 3)) {
                conferences.addAgendaItem(now, s.householdId(), s.proposedReason(), 15);
            }
            String[][] people = {{"Peter Agent", "Politie"}, {"Fatma Yılmaz", "VT"}, {"Olga Officier", "OM"},
                    {"Rob Reclassering", "RN"}};
            AttendanceStatus[] attendance = {AttendanceStatus.PRESENT, AttendanceStatus.PRESENT,
                    AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED};
            for (int k = 0; k < people.length; k++) {
                conferences.addAttendee(now, new AttendeeDraft(people[k][0], id(partners, people[k][1]),
                        ConferenceRole.PARTICIPANT, attendance[k], k % 2 == 0, null));
            }
            boolean meeting = args.contains("meeting");
            if (meeting) {
                conferences.start(now, conferences.open(now).conference().version());
            }
            FxUiExecutor executor = new FxUiExecutor();
            ConferencePagesImpl pages = new ConferencePagesImpl(conferences, app.measures(), app.households(),
                    app.partners(), i18n, executor, clock, new Navigator() {
                        @Override
                        public void openHousehold(long householdId) {
                        }

                        @Override
                        public void openConference(long conferenceId) {
                        }

                        @Override
                        public void planAcute(long incidentId) {
                        }
                    }, (owner, it, after) -> { }, null);
            Theme.installUserAgentStylesheet();
            Theme.style(pages.node() instanceof javafx.scene.Parent p ? p : null);
            Scene scene = new Scene((javafx.scene.Parent) pages.node(), 1280, 800);
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            if (meeting) {
                pages.openMeeting(now);
            } else if (args.contains("list")) {
                pages.shown();
            } else {
                pages.openConference(now);
            }
        }
    }

    private static long id(List<Partner> partners, String shortName) {
        return partners.stream().filter(p -> p.shortName().equals(shortName)).findFirst().orElseThrow().id();
    }
}
