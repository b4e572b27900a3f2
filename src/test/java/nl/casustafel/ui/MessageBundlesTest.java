package nl.casustafel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.HouseholdStatus;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.household.RelationType;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.RiskMarker;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.domain.signal.SignalType;
import nl.casustafel.ui.common.I18n;
import org.junit.jupiter.api.Test;

/** Every message key exists in Dutch and English, and every key the code uses exists. */
class MessageBundlesTest {
    /** String literals in the sources that look like message keys. */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:app|common|shell|list|admin|demo|household|person|incident|involvement|timeline|genogram|relation|"
                    + "validation|error|entity|signal|enum|beheer|conference|measure|minutes)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> dutch = new TreeSet<>(load("/i18n/messages.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("/i18n/messages_en.properties").stringPropertyNames());

        assertThat(english).as("keys missing in English").containsAll(dutch);
        assertThat(dutch).as("keys missing in Dutch").containsAll(english);
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String bundle : List.of("/i18n/messages.properties", "/i18n/messages_en.properties")) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames()).as(bundle).allMatch(k -> !p.getProperty(k).isBlank());
        }
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Properties dutch = load("/i18n/messages.properties");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    if (!dutch.containsKey(m.group(1)) && !isPrefix(dutch, m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** A literal used as a prefix ("signal.reason." + type) is fine when keys start with it. */
    private static boolean isPrefix(Properties p, String literal) {
        return p.stringPropertyNames().stream().anyMatch(k -> k.startsWith(literal + "."));
    }

    @Test
    void everyEnumConstantHasALabelInBothLanguages() {
        List<Class<? extends Enum<?>>> enums = List.of(HouseholdStatus.class, Phase.class, Gender.class,
                PersonRole.class, RelationType.class, IncidentType.class, Severity.class, IncidentSource.class,
                RiskMarker.class, SignalType.class, nl.casustafel.domain.measure.MeasureCategory.class,
                nl.casustafel.domain.measure.MeasureStatus.class, nl.casustafel.domain.measure.MeasureType.class,
                nl.casustafel.domain.measure.ClockKind.class, nl.casustafel.domain.conference.ConferenceType.class,
                nl.casustafel.domain.conference.ConferenceStatus.class,
                nl.casustafel.domain.conference.AttendanceStatus.class,
                nl.casustafel.domain.conference.ConferenceRole.class, nl.casustafel.domain.conference.AgendaReason.class,
                nl.casustafel.domain.conference.AgendaItemState.class, nl.casustafel.domain.conference.SuggestionKind.class,
                nl.casustafel.domain.measure.MeasureEventKind.class, nl.casustafel.domain.security.Role.class,
                nl.casustafel.domain.security.AuditAction.class, nl.casustafel.domain.security.AuditResult.class,
                nl.casustafel.domain.security.ChainVerification.BreakReason.class);
        for (I18n i18n : List.of(new I18n(I18n.DUTCH), new I18n(I18n.ENGLISH))) {
            for (Class<? extends Enum<?>> type : enums) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    assertThat(i18n.has("enum." + type.getSimpleName() + "." + constant.name()))
                            .as(i18n.locale() + " " + constant).isTrue();
                }
            }
        }
        for (SignalType type : SignalType.values()) {
            assertThat(new I18n(I18n.DUTCH).has("signal.reason." + type.name())).as(type.name()).isTrue();
        }
    }

    @Test
    void dutchStaysDutchOnAnEnglishMachine() {
        var previous = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.US);
            assertThat(new I18n(I18n.DUTCH).label(HouseholdStatus.CLOSED)).isEqualTo("Gesloten");
            assertThat(new I18n(I18n.ENGLISH).label(HouseholdStatus.CLOSED)).isEqualTo("Closed");
        } finally {
            java.util.Locale.setDefault(previous);
        }
    }
}
