package nl.casustafel.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.common.Page;
import nl.casustafel.domain.household.Person;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.domain.signal.Signal;
import nl.casustafel.service.household.HouseholdDossier;
import nl.casustafel.service.household.HouseholdQuery;
import nl.casustafel.service.household.HouseholdSummary;
import nl.casustafel.service.household.Member;
import nl.casustafel.ui.common.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code households search TEXT [--json]} and {@code households show ID [--json]}. */
@Command(name = "households", mixinStandardHelpOptions = true, description = "Search and show household dossiers.",
        subcommands = {HouseholdsCommand.Search.class, HouseholdsCommand.Show.class})
final class HouseholdsCommand implements Callable<Integer> {
    @ParentCommand
    CasustafelCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    static ObjectMapper json() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Households whose name, address, postcode, members' names or BSNs, or incidents' "
                    + "registration numbers match TEXT (every word, case and accents ignored). "
                    + "One line per match beginning with the household id.")
    static final class Search implements Callable<Integer> {
        @ParentCommand
        private HouseholdsCommand parent;

        @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Words to search for.")
        private List<String> words;

        @Option(names = "--json", description = "Print a JSON array instead of lines.")
        private boolean asJson;

        @Option(names = "--limit", defaultValue = "100", description = "At most this many (default: ${DEFAULT-VALUE}).")
        private int limit;

        @Override
        public Integer call() throws JsonProcessingException {
            String text = String.join(" ", words);
            PrintWriter out = parent.spec.commandLine().getOut();
            try (AppContext ctx = parent.root.openContext()) {
                Page<HouseholdSummary> page = ctx.households().search(HouseholdQuery.text(text).withPage(0, limit));
                if (asJson) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (HouseholdSummary s : page.items()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("id", s.id());
                        row.put("name", s.name());
                        row.put("address", address(s));
                        row.put("status", s.status().name());
                        row.put("phase", s.phase().name());
                        row.put("incidents", s.incidentCount());
                        row.put("signals", s.signals().stream().map(Enum::name).toList());
                        rows.add(row);
                    }
                    out.println(json().writeValueAsString(rows));
                } else {
                    for (HouseholdSummary s : page.items()) {
                        out.printf("%d\t%s\t%s\t%s%n", s.id(), s.name(), address(s),
                                s.signals().stream().map(Enum::name).collect(Collectors.joining(",")));
                    }
                    if (page.total() > page.items().size()) {
                        // A broad search is not counted to the end: say "more than".
                        parent.spec.commandLine().getErr().printf(page.totalExact()
                                        ? "(%d of %d shown; use --limit)%n" : "(%d of more than %d shown; use --limit)%n",
                                page.items().size(), page.total());
                    }
                }
            }
            return 0;
        }

        private static String address(HouseholdSummary s) {
            String place = (s.postcode() + " " + (s.city() == null ? "" : s.city())).strip();
            return s.address().isEmpty() ? place : place.isEmpty() ? s.address() : s.address() + ", " + place;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Members, incidents, involved agencies and active signals (with reasons) of one household.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        private HouseholdsCommand parent;

        @Parameters(paramLabel = "ID", description = "The household id (as printed by search).")
        private long id;

        @Option(names = "--json", description = "Print JSON instead of text.")
        private boolean asJson;

        @Override
        public Integer call() throws JsonProcessingException {
            PrintWriter out = parent.spec.commandLine().getOut();
            I18n i18n = parent.root.i18n();
            try (AppContext ctx = parent.root.openContext()) {
                HouseholdDossier d = ctx.households().open(id);
                Map<String, Object> doc = document(d, i18n);
                if (asJson) {
                    out.println(json().writeValueAsString(doc));
                } else {
                    printText(out, d, i18n);
                }
            }
            return 0;
        }

        static Map<String, Object> document(HouseholdDossier d, I18n i18n) {
            var h = d.household();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", h.id());
            doc.put("name", h.name());
            doc.put("address", h.address().display());
            doc.put("status", h.status().name());
            doc.put("phase", h.phase().name());
            doc.put("openedOn", h.openedOn());
            doc.put("closedOn", h.closedOn());
            if (h.caseDirector() != null) {
                doc.put("caseDirector", Map.of("partner", partnerName(d, h.caseDirector().partnerId()),
                        "name", h.caseDirector().name() == null ? "" : h.caseDirector().name()));
            }
            List<Map<String, Object>> members = new ArrayList<>();
            for (Member m : d.members()) {
                Person p = m.person();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("personId", p.id());
                row.put("name", p.name().displayName());
                row.put("role", m.membership().role().name());
                row.put("dateOfBirth", p.dateOfBirth());
                row.put("bsn", p.bsn() == null ? null : p.bsn().value());
                row.put("gender", p.gender().name());
                row.put("otherHouseholds", m.otherHouseholds().stream()
                        .map(o -> Map.of("id", o.householdId(), "name", o.name(), "role", o.role().name())).toList());
                members.add(row);
            }
            doc.put("members", members);
            List<Map<String, Object>> incidents = new ArrayList<>();
            for (Incident i : d.incidents()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", i.id());
                row.put("occurredAt", i.occurredAt());
                row.put("type", i.type().name());
                row.put("severity", i.severity().name());
                row.put("registrationNumber", i.registrationNumber());
                row.put("source", i.source().name());
                row.put("riskMarkers", i.riskMarkers().stream().map(Enum::name).sorted().toList());
                row.put("involved", i.involved().stream()
                        .map(p -> Map.of("personId", p.personId(), "role", p.role().name())).toList());
                incidents.add(row);
            }
            doc.put("incidents", incidents);
            doc.put("involvements", d.involvements().stream().map(v -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("partner", partnerName(d, v.partnerId()));
                row.put("contactPerson", v.contactPerson());
                row.put("since", v.startDate());
                row.put("until", v.endDate());
                row.put("description", v.description());
                return row;
            }).toList());
            doc.put("signals", d.signals().stream().map(s -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("type", s.type().name());
                row.put("label", i18n.label(s.type()));
                row.put("reason", reason(s, d, i18n));
                row.put("incidentIds", s.incidentIds());
                row.put("dates", s.dates());
                return row;
            }).toList());
            return doc;
        }

        static String reason(Signal s, HouseholdDossier d, I18n i18n) {
            String dates = s.dates().stream().map(i18n::date).collect(Collectors.joining(", "));
            return i18n.get("signal.reason." + s.type().name(), s.count(), dates,
                    i18n.date(d.household().lastConferenceOn()));
        }

        private static String partnerName(HouseholdDossier d, long partnerId) {
            return d.partner(partnerId).map(Partner::name).orElse("?");
        }

        private static void printText(PrintWriter out, HouseholdDossier d, I18n i18n) {
            var h = d.household();
            out.printf("%d  %s%n", h.id(), h.name());
            out.printf("  %s | %s | %s%n", h.address().display(), i18n.label(h.status()), i18n.label(h.phase()));
            if (h.caseDirector() != null) {
                out.printf("  %s: %s %s%n", i18n.get("household.caseDirector"), partnerName(d, h.caseDirector().partnerId()),
                        h.caseDirector().name() == null ? "" : h.caseDirector().name());
            }
            out.println("members:");
            for (Member m : d.members()) {
                out.printf("  %-28s %-24s %s%s%n", m.person().name().displayName(), i18n.label(m.membership().role()),
                        i18n.date(m.person().dateOfBirth()),
                        m.otherHouseholds().isEmpty() ? "" : "  (also in: " + m.otherHouseholds().stream()
                                .map(o -> o.householdId() + " " + o.name()).collect(Collectors.joining("; ")) + ")");
            }
            out.println("incidents:");
            for (Incident i : d.incidents()) {
                out.printf("  %d  %s  %-34s %-12s %s%n", i.id(), i18n.dateTime(i.occurredAt()), i18n.label(i.type()),
                        i18n.label(i.severity()), i.registrationNumber() == null ? "" : i.registrationNumber());
            }
            out.println("involvements:");
            d.involvements().forEach(v -> out.printf("  %-40s %s - %s%n", partnerName(d, v.partnerId()),
                    i18n.date(v.startDate()), v.endDate() == null ? "" : i18n.date(v.endDate())));
            out.println("signals:");
            if (d.signals().isEmpty()) {
                out.println("  -");
            }
            d.signals().forEach(s -> out.printf("  %s: %s%n", i18n.label(s.type()), reason(s, d, i18n)));
        }
    }
}
