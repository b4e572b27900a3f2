package nl.casustafel.app;

import nl.casustafel.app.CliRuns.Result;
import nl.casustafel.TestStores;
import nl.casustafel.domain.security.Role;
import java.util.HashMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.casustafel.TestClocks;
import nl.casustafel.domain.conference.AgendaReason;
import nl.casustafel.domain.conference.AssessmentDraft;
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
import nl.casustafel.store.ChildProcesses;
import nl.casustafel.store.StoreChildProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless commands, run in-process against a real store in a temporary data directory. */
class CommandLineTest {
    @TempDir
    Path dataDir;

    /** Runs a command as the role whose work it is (see {@link CliRuns}). */
    private Result run(String... args) {
        return CliRuns.asRoleFor(dataDir, Map.of(), args);
    }

    @Test
    void helpListsTheCommands() {
        Result r = run("--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("demo", "households", "conferences", "--data-dir");
        assertThat(AppVersion.get()).as("the version filtered from the pom").matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(r.out()).startsWith("Casustafel " + AppVersion.get() + System.lineSeparator());
    }

    @Test
    void demoFillsTheStoreAndPrintsCounts() {
        Result r = run("demo", "--households", "30", "--seed", "7");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("households: 30");
        assertThat(r.out()).containsPattern("incidents: \\d+");
    }

    @Test
    void demoIncidentScaleMultipliesTheIncidentsPerHousehold() {
        Result r = run("demo", "--households", "40", "--seed", "7", "--incident-scale", "2.3");

        assertThat(r.exitCode()).isZero();
        int incidents = Integer.parseInt(r.out().replaceAll("(?s).*incidents: (\\d+).*", "$1"));
        assertThat(incidents / 40.0).as("incidents per household").isBetween(7.0, 14.0);
        assertThat(run("demo", "--incident-scale", "21").exitCode()).isEqualTo(2);
    }

    @Test
    void searchPrintsOneLinePerMatchBeginningWithTheIdAndJsonWithTheAgreedFields() throws Exception {
        run("demo", "--households", "30", "--seed", "7");
        Result all = run("households", "search", "gezin", "--json");
        JsonNode array = new ObjectMapper().readTree(all.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(30);
        JsonNode first = array.get(0);
        assertThat(first.has("id") && first.has("name") && first.has("address") && first.get("signals").isArray()).isTrue();
        String postcode = first.get("address").asText().replaceAll(".*(\\d{4} [A-Z]{2}).*", "$1");

        Result lines = run("households", "search", postcode);

        assertThat(lines.exitCode()).isZero();
        assertThat(lines.out().lines()).isNotEmpty().allMatch(l -> l.matches("^\\d+\\t.*"));
        assertThat(lines.out()).contains(first.get("id").asText() + "\t" + first.get("name").asText());
    }

    @Test
    void showPrintsMembersIncidentsInvolvementsAndSignals() throws Exception {
        run("demo", "--households", "10", "--seed", "7");
        long id = new ObjectMapper().readTree(run("households", "search", "gezin", "--json").out()).get(0).get("id").asLong();

        Result text = run("households", "show", Long.toString(id));
        Result json = run("households", "show", Long.toString(id), "--json");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("members:", "incidents:", "involvements:", "signals:");
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.get("id").asLong()).isEqualTo(id);
        assertThat(doc.get("members").isArray()).isTrue();
        assertThat(doc.get("incidents").isArray()).isTrue();
        assertThat(doc.get("involvements").isArray()).isTrue();
        assertThat(doc.get("signals").isArray()).isTrue();
    }

    @Test
    void unknownIdGivesOneLineAndExitCodeOne() {
        Result r = run("households", "show", "424242");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("Household 424242 does not exist (any more).");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void badArgumentsGiveOneLineAndExitCodeTwo() {
        Result notANumber = run("households", "show", "abc");
        Result unknown = run("frobnicate");

        assertThat(notANumber.exitCode()).isEqualTo(2);
        assertThat(notANumber.err().lines()).hasSize(1);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).doesNotContain("Exception");
    }

    @Test
    void storeInUseGivesAClearMessageAndExitCodeOne() throws Exception {
        run("demo", "--households", "1");
        Process holder = ChildProcesses.start(StoreChildProcess.class, "hold", dataDir.toString());
        try {
            assertThat(ChildProcesses.stdout(holder).readLine()).isEqualTo("open");

            Result r = run("households", "search", "gezin");

            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err().strip()).startsWith("The data store is already in use");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Plans a conference with one item (attendee, scores, a measure) through the services; returns its ids. */
    private long[] planConference() throws Exception {
        run("demo", "--households", "3", "--seed", "7");
        long householdId = new ObjectMapper().readTree(run("households", "search", "gezin", "--json").out())
                .get(0).get("id").asLong();
        try (AppContext ctx = TestStores.open(dataDir, TestClocks.fixed(), Role.CHAIR)) {
            Map<String, Long> ids = new java.util.HashMap<>();
            for (Partner p : ctx.partners().list(false)) {
                ids.put(p.code(), p.id());
            }
            long police = ids.get("POLITIE");
            long veiligThuis = ids.get("VEILIG_THUIS");
            long conference = ctx.conferences().plan(new ConferenceDraft(ConferenceType.REGULAR,
                    LocalDate.of(2026, 12, 1), LocalTime.of(9, 30), 120, "Zorg- en Veiligheidshuis", "Voorzitter Een",
                    null, null, List.of(police, veiligThuis)));
            ctx.conferences().addAttendee(conference, new AttendeeDraft("Deelnemer Politie", police,
                    ConferenceRole.PARTICIPANT, AttendanceStatus.PRESENT, true, null));
            long item = ctx.conferences().addAgendaItem(conference, householdId, AgendaReason.NEW, 15);
            int version = ctx.conferences().openItem(item).item().version();
            ctx.conferences().saveAssessment(item, version, new AssessmentDraft(false,
                    Map.of(police, 4, veiligThuis, 6), "Zorgen over spanningen", "Contact met hulpverlening",
                    "Veiligheidsplan opstellen", "Veilig Thuis stelt een veiligheidsplan op"));
            long measure = ctx.measures().add(householdId, item, new MeasureDraft(MeasureCategory.SAFETY,
                    MeasureType.SAFETY_PLAN, null, veiligThuis, "Medewerker VT", LocalDate.of(2026, 12, 1), null,
                    MeasureStatus.OPEN, "Veiligheidsplan"));
            return new long[] {conference, householdId, item, measure};
        }
    }

    @Test
    void conferencesListPrintsOneLinePerConferenceAndJsonWithTheAgreedFields() throws Exception {
        long conference = planConference()[0];

        Result lines = run("conferences", "list");
        Result json = run("conferences", "list", "--json");

        assertThat(lines.exitCode()).isZero();
        assertThat(lines.out().lines()).singleElement().asString()
                .startsWith(conference + "\t01-12-2026 09:30\tRegular case conference\tPlanned\t1");
        JsonNode first = new ObjectMapper().readTree(json.out()).get(0);
        assertThat(first.get("id").asLong()).isEqualTo(conference);
        assertThat(first.get("type").asText()).isEqualTo("REGULAR");
        assertThat(first.get("date").asText()).isEqualTo("2026-12-01T09:30:00");
        assertThat(first.get("status").asText()).isEqualTo("PLANNED");
        assertThat(first.get("agendaItems").asInt()).isEqualTo(1);
        assertThat(first.get("place").asText()).isEqualTo("Zorg- en Veiligheidshuis");
        assertThat(first.get("chair").asText()).isEqualTo("Voorzitter Een");
    }

    @Test
    void conferencesShowPrintsAttendanceAgendaAssessmentAndMeasures() throws Exception {
        long[] ids = planConference();

        Result text = run("conferences", "show", Long.toString(ids[0]));
        Result json = run("conferences", "show", Long.toString(ids[0]), "--json");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).startsWith(ids[0] + "  Regular case conference  01-12-2026 09:30  Planned")
                .contains("attendees:", "Deelnemer Politie", "agenda:", "1. " + ids[1] + "  ",
                        "scores: Politie 4, ", "decisions: Veilig Thuis stelt een veiligheidsplan op",
                        "Medewerker VT", "01-03-2027");
        assertThat(json.exitCode()).isZero();
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.get("id").asLong()).isEqualTo(ids[0]);
        assertThat(doc.get("type").asText()).isEqualTo("REGULAR");
        assertThat(doc.get("attendees").get(0).get("partner").asText()).isEqualTo("Politie");
        assertThat(doc.get("attendees").get(0).get("attendance").asText()).isEqualTo("PRESENT");
        JsonNode item = doc.get("agenda").get(0);
        assertThat(item.get("household").get("id").asLong()).isEqualTo(ids[1]);
        assertThat(item.get("reason").asText()).isEqualTo("NEW");
        assertThat(item.get("immediateDanger").asBoolean()).isFalse();
        assertThat(item.get("scores")).hasSize(2);
        assertThat(item.get("worries").asText()).isEqualTo("Zorgen over spanningen");
        JsonNode measure = item.get("measures").get(0);
        assertThat(measure.get("id").asLong()).isEqualTo(ids[3]);
        assertThat(measure.get("type").asText()).isEqualTo("SAFETY_PLAN");
        assertThat(measure.get("owner").asText()).isNotBlank().isNotEqualTo("?");
        assertThat(measure.get("responsible").asText()).isEqualTo("Medewerker VT");
        assertThat(measure.get("deadline").asText()).isEqualTo("2027-03-01");
        assertThat(measure.get("status").asText()).isEqualTo("OPEN");
        assertThat(item.get("carriedOverMeasures").isArray()).isTrue();
    }

    @Test
    void unknownConferenceGivesOneLineAndExitCodeOne() {
        run("demo", "--households", "1");

        Result r = run("conferences", "show", "424242");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("Conference 424242 does not exist (any more).");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void demoGeneratesConferencesOfEveryTypeWithEveryAttendanceAndMeasureStatus() throws Exception {
        Result demo = run("demo", "--households", "60", "--seed", "7");
        assertThat(demo.exitCode()).isZero();
        assertThat(demo.out()).contains("conferences: 4");

        java.util.Set<String> attendance = new java.util.HashSet<>();
        java.util.Set<MeasureStatus> statuses = java.util.EnumSet.noneOf(MeasureStatus.class);
        java.util.Set<ConferenceType> types = java.util.EnumSet.noneOf(ConferenceType.class);
        boolean incidentalWithStatement = false;
        boolean acuteWithIncident = false;
        boolean scored = false;
        try (AppContext ctx = TestStores.open(dataDir, TestClocks.fixed(), Role.CHAIR)) {
            for (var summary : ctx.conferences().list(nl.casustafel.service.conference.ConferenceQuery.all())) {
                types.add(summary.type());
                var detail = ctx.conferences().open(summary.id());
                for (var a : detail.attendees()) {
                    if (a.attendance() != null) {
                        attendance.add(a.attendance().name());
                    }
                    incidentalWithStatement |= a.role() == ConferenceRole.INCIDENTAL_PARTICIPANT
                            && a.confidentialitySignedOn() != null;
                }
                if (summary.type() == ConferenceType.SAMEN_OP_IN_ACUUT) {
                    acuteWithIncident |= detail.conference().sourceIncidentId() != null
                            && detail.agenda().get(0).item().reason() == AgendaReason.ACUTE;
                }
                for (var entry : detail.agenda()) {
                    scored |= !ctx.conferences().openItem(entry.item().id()).scores().isEmpty();
                }
            }
            ctx.measures().overview(nl.casustafel.service.measure.MeasureQuery.all()).items()
                    .forEach(r -> statuses.add(r.measure().status()));
        }

        assertThat(types).containsExactlyInAnyOrder(ConferenceType.values());
        assertThat(attendance).containsExactlyInAnyOrder("PRESENT", "ABSENT", "EXCUSED");
        assertThat(statuses).containsExactlyInAnyOrder(MeasureStatus.values());
        assertThat(incidentalWithStatement).isTrue();
        assertThat(acuteWithIncident).isTrue();
        assertThat(scored).isTrue();
        Result list = run("conferences", "list");
        assertThat(list.out().lines()).hasSize(4).allMatch(l -> l.matches("^\\d+\\t.*"));
        assertThat(list.out()).contains("Samen op in Acuut", "Closed", "Planned");
    }

    @Test
    void launcherOpensTheWindowOnlyWithoutACommand() {
        assertThat(Launcher.opensWindow(new String[0])).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--data-dir", "/tmp/x"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--data-dir=/tmp/x", "--lang=en"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--user", "anna", "--data-dir", "/tmp/x"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--user", "anna", "audit", "verify"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"--help"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"--data-dir", "/tmp/x", "demo"})).isFalse();
        assertThat(Launcher.option(new String[] {"--data-dir", "/tmp/x"}, "--data-dir")).isEqualTo("/tmp/x");
    }
}
