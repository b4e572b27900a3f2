package nl.casustafel.service.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.domain.conference.Attendee;
import nl.casustafel.domain.conference.AgendaItem;
import nl.casustafel.domain.conference.Conference;
import nl.casustafel.domain.household.Household;
import nl.casustafel.domain.household.Involvement;
import nl.casustafel.domain.measure.ClockKind;
import nl.casustafel.domain.measure.Measure;
import nl.casustafel.domain.minutes.MinutesStatus;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.minutes.MinutesContent;
import nl.casustafel.service.conference.AgendaEntry;
import nl.casustafel.service.conference.AgendaItemDetail;
import nl.casustafel.service.conference.ConferenceDetail;
import nl.casustafel.service.conference.ConferenceService;
import nl.casustafel.service.household.HouseholdDossier;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.measure.MeasureRow;
import nl.casustafel.service.measure.MeasureService;
import nl.casustafel.service.partner.PartnerService;

/**
 * Builds the content of the minutes from a closed conference as it is now: the header, attendance grouped per
 * partner (catalogue order), and per agenda item the assessment, the measures agreed in it and the household's
 * other open measures that started on or before the conference day (carried over), with the partners involved in each household
 * (active involvement on the conference date, owner of a listed measure, or case director's organisation).
 */
final class MinutesAssembler {
    private static final Set<ClockKind> LEGAL_ENDS = Set.of(ClockKind.FIXED_TERM, ClockKind.EXTENDABLE,
            ClockKind.AS_ORDERED, ClockKind.LAPSES_WHEN_UNUSED);

    private final ConferenceService conferences;
    private final MeasureService measures;
    private final HouseholdService households;
    private final PartnerService partners;

    MinutesAssembler(ConferenceService conferences, MeasureService measures, HouseholdService households,
                     PartnerService partners) {
        this.conferences = conferences;
        this.measures = measures;
        this.households = households;
        this.partners = partners;
    }

    ApprovedMinutes assemble(long conferenceId, MinutesContent.Identity identity) {
        ConferenceDetail detail = conferences.open(conferenceId);
        Conference conference = detail.conference();
        Map<Long, Partner> catalogue = new LinkedHashMap<>();
        partners.list(true).stream().sorted(Comparator.comparingInt(Partner::sortOrder))
                .forEach(p -> catalogue.put(p.id(), p));
        LocalDate day = conference.date();

        List<MinutesContent.HouseholdSection> sections = new ArrayList<>();
        List<Set<Long>> involved = new ArrayList<>();
        for (AgendaEntry entry : detail.agenda()) {
            AgendaItem item = entry.item();
            AgendaItemDetail itemDetail = conferences.openItem(item.id());
            HouseholdDossier dossier = households.open(item.householdId());
            Household household = dossier.household();
            Set<Long> partnersInvolved = new LinkedHashSet<>();
            for (Involvement involvement : dossier.involvements()) {
                if (involvement.isActiveOn(day)) {
                    partnersInvolved.add(involvement.partnerId());
                }
            }
            if (household.caseDirector() != null) {
                partnersInvolved.add(household.caseDirector().partnerId());
            }
            List<MinutesContent.MeasureLine> agreed = new ArrayList<>();
            List<MinutesContent.MeasureLine> carried = new ArrayList<>();
            for (MeasureRow row : measures.forHousehold(item.householdId())) {
                Measure m = row.measure();
                if (Objects.equals(m.agendaItemId(), item.id())) {
                    agreed.add(line(row));
                    partnersInvolved.add(m.ownerPartnerId());
                } else if (!m.status().isClosed() && !m.startDate().isAfter(day)) {
                    carried.add(line(row));
                    partnersInvolved.add(m.ownerPartnerId());
                }
            }
            List<MinutesContent.Score> scores = itemDetail.scores().stream()
                    .map(s -> new MinutesContent.Score(name(catalogue, s.partnerId()), s.score()))
                    .toList();
            String caseDirector = household.caseDirector() == null ? null
                    : household.caseDirector().name() + " (" + shortName(catalogue,
                    household.caseDirector().partnerId()) + ")";
            sections.add(new MinutesContent.HouseholdSection(household.name(), item.reason(),
                    item.immediateDanger(), scores, item.worries(), item.goingWell(), item.mustHappen(),
                    item.decisions(), caseDirector, household.phase(), agreed, carried));
            involved.add(partnersInvolved);
        }
        MinutesContent.Header header = new MinutesContent.Header(conference.type(),
                conference.startsAt().atZone(DomainTime.ZONE), conference.durationMinutes(), conference.place(),
                conference.chairName(), conference.minuteTakerName());
        return new ApprovedMinutes(new MinutesContent(identity, header, attendance(detail.attendees(), catalogue),
                sections, null), involved);
    }

    static MinutesContent.Identity identity(UUID documentId, int number, MinutesStatus status,
                                            Integer replacesVersion, String replacesSha256, String reason,
                                            Instant generatedAt) {
        return new MinutesContent.Identity(documentId, number, status, null, 0, replacesVersion, replacesSha256,
                reason, generatedAt, null);
    }

    private static List<MinutesContent.PartnerAttendance> attendance(List<Attendee> attendees,
                                                                     Map<Long, Partner> catalogue) {
        Map<Long, List<MinutesContent.Attendee>> byPartner = new LinkedHashMap<>();
        for (Long partnerId : catalogue.keySet()) {
            byPartner.put(partnerId, new ArrayList<>());
        }
        List<MinutesContent.Attendee> without = new ArrayList<>();
        for (Attendee a : attendees) {
            MinutesContent.Attendee line = new MinutesContent.Attendee(a.name(), a.role(), a.attendance(),
                    a.informationSent(), a.confidentialitySignedOn());
            if (a.partnerId() != null && byPartner.containsKey(a.partnerId())) {
                byPartner.get(a.partnerId()).add(line);
            } else {
                without.add(line);
            }
        }
        List<MinutesContent.PartnerAttendance> result = new ArrayList<>();
        byPartner.forEach((partnerId, people) -> {
            if (!people.isEmpty()) {
                result.add(new MinutesContent.PartnerAttendance(catalogue.get(partnerId).name(), people));
            }
        });
        if (!without.isEmpty()) {
            result.add(new MinutesContent.PartnerAttendance(null, without));
        }
        return result;
    }

    private static MinutesContent.MeasureLine line(MeasureRow row) {
        Measure m = row.measure();
        return new MinutesContent.MeasureLine(m.category(), m.type(), row.concernedPersonName(),
                row.ownerPartnerName(), m.responsiblePerson(), m.deadline(),
                m.deadline() != null && LEGAL_ENDS.contains(m.type().clock().kind()), m.status());
    }

    private static String name(Map<Long, Partner> catalogue, long partnerId) {
        Partner p = catalogue.get(partnerId);
        return p == null ? "?" : p.name();
    }

    private static String shortName(Map<Long, Partner> catalogue, long partnerId) {
        Partner p = catalogue.get(partnerId);
        return p == null ? "?" : p.shortName();
    }
}
