package nl.casustafel.ui.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.incident.Incident;
import nl.casustafel.domain.incident.IncidentSource;
import nl.casustafel.domain.incident.IncidentType;
import nl.casustafel.domain.incident.RiskMarker;
import nl.casustafel.domain.incident.Severity;
import nl.casustafel.ui.household.timeline.TimelineModel;
import org.junit.jupiter.api.Test;

class TimelineModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static Incident incident(long id, LocalDate date, Severity severity, RiskMarker... markers) {
        return new Incident(id, 0, 1, date.atTime(LocalTime.of(21, 30)).atZone(DomainTime.ZONE).toInstant(),
                IncidentType.DOMESTIC_VIOLENCE_PHYSICAL, severity, null, IncidentSource.POLICE, null,
                Set.of(markers), List.of());
    }

    @Test
    void clickOnAMarkerFindsItsIncidentAndAClickBesideItFindsNothing() {
        List<Incident> incidents = List.of(incident(11, TODAY.minusMonths(10), Severity.MINOR),
                incident(12, TODAY.minusMonths(5), Severity.SEVERE, RiskMarker.STRANGULATION),
                incident(13, TODAY.minusDays(3), Severity.SERIOUS, RiskMarker.CHILDREN_PRESENT));
        TimelineModel model = TimelineModel.layout(incidents, TODAY, 900, 300, Locale.forLanguageTag("nl"));

        TimelineModel.Point severe = model.points().stream().filter(p -> p.incidentId() == 12).findFirst().orElseThrow();
        assertThat(model.hit(severe.x() + 3, severe.y() - 2)).contains(12L);
        assertThat(model.hit(severe.x() + 40, severe.y())).isEmpty();
        assertThat(severe.lethal()).isTrue();
        assertThat(model.points()).filteredOn(TimelineModel.Point::childrenPresent)
                .extracting(TimelineModel.Point::incidentId).containsExactly(13L);
    }

    @Test
    void laterIncidentsAreFurtherRightAndMoreSevereOnesHigher() {
        List<Incident> incidents = List.of(incident(1, TODAY.minusMonths(20), Severity.MINOR),
                incident(2, TODAY.minusMonths(2), Severity.SEVERE));
        TimelineModel model = TimelineModel.layout(incidents, TODAY, 1000, 320, Locale.ENGLISH);

        TimelineModel.Point first = model.points().get(0);
        TimelineModel.Point last = model.points().get(1);
        assertThat(first.incidentId()).isEqualTo(1);
        assertThat(last.x()).isGreaterThan(first.x());
        assertThat(last.y()).isLessThan(first.y());
        assertThat(model.bandStart()).isLessThan(last.x()).isGreaterThan(first.x());
        assertThat(model.bandEnd()).isGreaterThan(last.x()).isLessThanOrEqualTo(model.plotRight());
        assertThat(model.start()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void incidentsOnTheSameDayStayApartSoEachCanBeClicked() {
        List<Incident> incidents = List.of(incident(1, TODAY.minusDays(10), Severity.MODERATE),
                incident(2, TODAY.minusDays(10), Severity.MODERATE));
        TimelineModel model = TimelineModel.layout(incidents, TODAY, 800, 300, Locale.ENGLISH);

        TimelineModel.Point a = model.points().get(0);
        TimelineModel.Point b = model.points().get(1);
        assertThat(Math.abs(a.y() - b.y())).isGreaterThanOrEqualTo(8);
        assertThat(model.hit(a.x(), a.y())).contains(a.incidentId());
        assertThat(model.hit(b.x(), b.y())).contains(b.incidentId());
    }

    @Test
    void monthLabelsDoNotCrowdOnANarrowChartWithTwoHundredIncidents() {
        List<Incident> incidents = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            incidents.add(incident(k + 1, TODAY.minusDays(k * 5L), Severity.values()[k % 4]));
        }
        long start = System.nanoTime();
        TimelineModel model = TimelineModel.layout(incidents, TODAY, 600, 300, Locale.forLanguageTag("nl"));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(model.points()).hasSize(200);
        assertThat(millis).isLessThan(500);
        List<Double> labelled = model.ticks().stream().filter(t -> t.label() != null).map(TimelineModel.Tick::x).toList();
        for (int k = 1; k < labelled.size(); k++) {
            assertThat(labelled.get(k) - labelled.get(k - 1)).isGreaterThanOrEqualTo(60);
        }
    }
}
