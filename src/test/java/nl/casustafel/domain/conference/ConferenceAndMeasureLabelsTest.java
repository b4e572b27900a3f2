package nl.casustafel.domain.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import nl.casustafel.domain.measure.ClockKind;
import nl.casustafel.domain.measure.MeasureCategory;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every constant of the measure and conference enums, and every new validation key, has a Dutch and English text. */
class ConferenceAndMeasureLabelsTest {
    static final List<Class<? extends Enum<?>>> ENUMS = List.of(MeasureCategory.class, MeasureStatus.class,
            MeasureType.class, ClockKind.class, ConferenceType.class, ConferenceStatus.class, AttendanceStatus.class,
            ConferenceRole.class, AgendaReason.class);
    static final List<String> VALIDATION_KEYS = List.of("validation.measure.beyondLegalMaximum",
            "validation.measure.categoryMismatch", "validation.endBeforeStart", "validation.required",
            "validation.tooLong");

    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ConferenceAndMeasureLabelsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Stream<Arguments> keys() {
        Stream<String> enumKeys = ENUMS.stream().flatMap(type -> Stream.of(type.getEnumConstants())
                .map(c -> "enum." + type.getSimpleName() + "." + c.name()));
        return Stream.concat(enumKeys, VALIDATION_KEYS.stream()).flatMap(key -> Stream.of(
                Arguments.of("/i18n/messages.properties", key), Arguments.of("/i18n/messages_en.properties", key)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("keys")
    void everyKeyHasANonEmptyText(String bundle, String key) throws IOException {
        String text = load(bundle).getProperty(key);

        assertThat(text).as(key).isNotNull().isNotBlank();
    }
}
