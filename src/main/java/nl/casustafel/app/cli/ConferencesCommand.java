package nl.casustafel.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.conference.Attendee;
import nl.casustafel.domain.conference.Conference;
import nl.casustafel.domain.measure.Measure;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.service.conference.AgendaEntry;
import nl.casustafel.service.conference.AgendaItemDetail;
import nl.casustafel.service.conference.ConferenceDetail;
import nl.casustafel.service.conference.ConferenceQuery;
import nl.casustafel.service.conference.ConferenceSummary;
import nl.casustafel.service.measure.MeasureRow;
import nl.casustafel.ui.common.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code conferences list [--json]} and {@code conferences show ID [--json]}. */
@Command(name = "conferences", mixinStandardHelpOptions = true,
        description = "List and show case conferences with their agenda, assessments and measures.",
        subcommands = {ConferencesCommand.ListConferences.class, ConferencesCommand.Show.class})
final class ConferencesCommand implements Callable<Integer> {
    @ParentCommand
    CasustafelCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Start of a conference as a local date-time in Europe/Amsterdam. */
    static LocalDateTime localStart(java.time.Instant startsAt) {
        return LocalDateTime.ofInstant(startsAt, DomainTime.ZONE);
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every conference, newest first: one line per conference beginning with its id, then "
                    + "date and time (Europe/Amsterdam), type, status and number of agenda items.")
    static final class ListConferences implements Callable<Integer> {
        @ParentCommand
        private ConferencesCommand parent;

        @Option(names = "--json", description = "Print a JSON array instead of lines.")
        private boolean asJson;

        @Override
        public Integer call() throws JsonProcessingException {
            PrintWriter out = parent.spec.commandLine().getOut();
            I18n i18n = parent.root.i18n();
            try (AppContext ctx = parent.root.openContext()) {
                List<ConferenceSummary> list = ctx.conferences().list(ConferenceQuery.all());
                if (asJson) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (ConferenceSummary s : list) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("id", s.id());
                        row.put("type", s.type().name());
                        row.put("date", localStart(s.startsAt()));
                        row.put("status", s.status().name());
                        row.put("agendaItems", s.agendaItems());
                        row.put("place", s.place());
                        row.put("chair", s.chairName());
                        rows.add(row);
                    }
                    out.println(HouseholdsCommand.json().writeValueAsString(rows));
                } else {
                    for (ConferenceSummary s : list) {
                        out.printf("%d\t%s\t%s\t%s\t%d%n", s.id(), i18n.dateTime(s.startsAt()), i18n.label(s.type()),
                                i18n.label(s.status()), s.agendaItems());
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One conference: planning data, attendance and per agenda item the household, the "
                    + "assessment (immediate danger, safety scores, columns, decisions) and its measures.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        private ConferencesCommand parent;

        @Parameters(paramLabel = "ID", description = "The conference id (as printed by list).")
        private long id;

        @Option(names = "--json", description = "Print JSON instead of text.")
        private boolean asJson;

        @Override
        public Integer call() throws JsonProcessingException {
            PrintWriter out = parent.spec.commandLine().getOut();
            I18n i18n = parent.root.i18n();
            try (AppContext ctx = parent.root.openContext()) {
                ConferenceDetail detail = ctx.conferences().open(id);
                Map<Long, Partner> partners = ctx.partners().list(true).stream()
                        .collect(Collectors.toMap(Partner::id, Function.identity()));
                List<Item> items = new ArrayList<>();
                for (AgendaEntry e : detail.agenda()) {
                    AgendaItemDetail d = ctx.conferences().openItem(e.item().id());
                    List<MeasureRow> rows = ctx.measures().forHousehold(e.item().householdId());
                    List<Measure> agreed = new ArrayList<>();
                    List<Measure> carried = new ArrayList<>();
                    for (MeasureRow r : rows) {
                        Measure m = r.measure();
                        if (Objects.equals(m.agendaItemId(), e.item().id())) {
                            agreed.add(m);
                        } else if (!m.status().isClosed()) {
                            carried.add(m);
                        }
                    }
                    items.add(new Item(e, d, agreed, carried));
                }
                if (asJson) {
                    out.println(HouseholdsCommand.json().writeValueAsString(document(detail, items, partners)));
                } else {
                    printText(out, detail, items, partners, i18n);
                }
            }
            return 0;
        }

        record Item(AgendaEntry entry, AgendaItemDetail detail, List<Measure> agreed, List<Measure> carriedOver) {
        }

        private static String shortName(Map<Long, Partner> partners, Long partnerId) {
            if (partnerId == null) {
                return null;
            }
            Partner p = partners.get(partnerId);
            return p == null ? "?" : p.shortName();
        }

        static Map<String, Object> document(ConferenceDetail detail, List<Item> items, Map<Long, Partner> partners) {
            Conference c = detail.conference();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", c.id());
            doc.put("type", c.type().name());
            doc.put("date", localStart(c.startsAt()));
            doc.put("durationMinutes", c.durationMinutes());
            doc.put("place", c.place());
            doc.put("chair", c.chairName());
            doc.put("chairPartner", shortName(partners, c.chairPartnerId()));
            doc.put("minuteTaker", c.minuteTakerName());
            doc.put("status", c.status().name());
            doc.put("sourceIncidentId", c.sourceIncidentId());
            doc.put("invitedPartners", detail.invitedPartners().stream().map(Partner::shortName).toList());
            List<Map<String, Object>> attendees = new ArrayList<>();
            for (Attendee a : detail.attendees()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", a.name());
                row.put("partner", shortName(partners, a.partnerId()));
                row.put("role", a.role().name());
                row.put("attendance", a.attendance() == null ? null : a.attendance().name());
                row.put("confidentialitySignedOn", a.confidentialitySignedOn());
                attendees.add(row);
            }
            doc.put("attendees", attendees);
            List<Map<String, Object>> agenda = new ArrayList<>();
            for (Item it : items) {
                var item = it.entry().item();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", item.id());
                row.put("position", item.position());
                row.put("household", Map.of("id", item.householdId(), "name", it.entry().householdName()));
                row.put("reason", item.reason().name());
                row.put("state", item.state().name());
                row.put("immediateDanger", item.immediateDanger());
                row.put("scores", it.detail().scores().stream().map(s -> {
                    Map<String, Object> score = new LinkedHashMap<>();
                    score.put("partner", shortName(partners, s.partnerId()));
                    score.put("score", s.score());
                    return score;
                }).toList());
                row.put("worries", item.worries());
                row.put("goingWell", item.goingWell());
                row.put("mustHappen", item.mustHappen());
                row.put("decisions", item.decisions());
                row.put("measures", it.agreed().stream().map(m -> measure(m, partners)).toList());
                row.put("carriedOverMeasures", it.carriedOver().stream().map(m -> measure(m, partners)).toList());
                agenda.add(row);
            }
            doc.put("agenda", agenda);
            return doc;
        }

        private static Map<String, Object> measure(Measure m, Map<Long, Partner> partners) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", m.id());
            row.put("type", m.type().name());
            row.put("category", m.category().name());
            row.put("owner", shortName(partners, m.ownerPartnerId()));
            row.put("responsible", m.responsiblePerson());
            row.put("startDate", m.startDate());
            row.put("deadline", m.deadline());
            row.put("status", m.status().name());
            return row;
        }

        private static String text(String value) {
            return value == null || value.isBlank() ? "-" : value.strip().replaceAll("\\s*\\R\\s*", " / ");
        }

        private static void printText(PrintWriter out, ConferenceDetail detail, List<Item> items,
                                      Map<Long, Partner> partners, I18n i18n) {
            Conference c = detail.conference();
            out.printf("%d  %s  %s  %s%n", c.id(), i18n.label(c.type()), i18n.dateTime(c.startsAt()),
                    i18n.label(c.status()));
            out.printf("  place: %s | chair: %s%s | minutes: %s%n", text(c.place()), text(c.chairName()),
                    c.chairPartnerId() == null ? "" : " (" + shortName(partners, c.chairPartnerId()) + ")",
                    text(c.minuteTakerName()));
            out.printf("  invited: %s%n", detail.invitedPartners().isEmpty() ? "-"
                    : detail.invitedPartners().stream().map(Partner::shortName).collect(Collectors.joining(", ")));
            out.println("attendees:");
            if (detail.attendees().isEmpty()) {
                out.println("  -");
            }
            for (Attendee a : detail.attendees()) {
                out.printf("  %-28s %-12s %-24s %s%n", a.name(),
                        a.partnerId() == null ? "-" : shortName(partners, a.partnerId()), i18n.label(a.role()),
                        a.attendance() == null ? "-" : i18n.label(a.attendance()));
            }
            out.println("agenda:");
            if (items.isEmpty()) {
                out.println("  -");
            }
            for (Item it : items) {
                var item = it.entry().item();
                out.printf("  %d. %d  %s  (%s, %s)%n", item.position() + 1, item.householdId(),
                        it.entry().householdName(), i18n.label(item.reason()), i18n.label(item.state()));
                out.printf("     immediate danger: %s%n",
                        item.immediateDanger() == null ? "-" : item.immediateDanger() ? "yes" : "no");
                out.printf("     scores: %s%n", it.detail().scores().isEmpty() ? "-" : it.detail().scores().stream()
                        .map(s -> shortName(partners, s.partnerId()) + " " + s.score())
                        .collect(Collectors.joining(", ")));
                out.printf("     worries: %s%n", text(item.worries()));
                out.printf("     going well: %s%n", text(item.goingWell()));
                out.printf("     must happen: %s%n", text(item.mustHappen()));
                out.printf("     decisions: %s%n", text(item.decisions()));
                out.println("     measures:");
                printMeasures(out, it.agreed(), partners, i18n);
                out.println("     carried over:");
                printMeasures(out, it.carriedOver(), partners, i18n);
            }
        }

        private static void printMeasures(PrintWriter out, List<Measure> measures, Map<Long, Partner> partners,
                                          I18n i18n) {
            if (measures.isEmpty()) {
                out.println("       -");
            }
            for (Measure m : measures) {
                out.printf("       %d  %s | %s | %s | %s | %s%n", m.id(), i18n.label(m.type()),
                        shortName(partners, m.ownerPartnerId()), text(m.responsiblePerson()),
                        m.deadline() == null ? "-" : i18n.date(m.deadline()), i18n.label(m.status()));
            }
        }
    }
}
