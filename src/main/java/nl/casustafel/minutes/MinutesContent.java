package nl.casustafel.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.casustafel.domain.conference.AgendaReason;
import nl.casustafel.domain.conference.AttendanceStatus;
import nl.casustafel.domain.conference.ConferenceRole;
import nl.casustafel.domain.conference.ConferenceType;
import nl.casustafel.domain.household.Phase;
import nl.casustafel.domain.measure.MeasureCategory;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;
import nl.casustafel.domain.minutes.MinutesStatus;

/**
 * Everything one version of the minutes shows, already selected (need-to-know) and ordered by the service; the
 * renderer only lays it out and localises the enumerations. Names are the people's and organisations' names as
 * they appear on paper. Free texts may be null or blank (shown as a dash).
 */
public record MinutesContent(Identity identity, Header header, List<PartnerAttendance> attendance,
                             List<HouseholdSection> households, Signing signing) {

    public MinutesContent {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(header, "header");
        attendance = List.copyOf(attendance);
        households = List.copyOf(households);
    }

    /**
     * Which document this is. {@code documentId} stays the same over the versions of one conference's minutes;
     * {@code recipientName} is null for the complete minutes and the partner's name for a need-to-know version,
     * which left out {@code omittedHouseholds} households. A correction names the version it replaces and that
     * version's SHA-256. {@code auditHeadHash} is the audit trail's head hash at generation, when known.
     */
    public record Identity(UUID documentId, int version, MinutesStatus status, String recipientName,
                           int omittedHouseholds, Integer replacesVersion, String replacesSha256,
                           String correctionReason, Instant generatedAt, String auditHeadHash) {
        public Identity {
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(generatedAt, "generatedAt");
            if (version < 1) {
                throw new IllegalArgumentException("version must be at least 1");
            }
        }
    }

    /** The conference: type, local start (Europe/Amsterdam), duration, place, chair and minute taker. */
    public record Header(ConferenceType type, ZonedDateTime startsAt, int durationMinutes, String place,
                         String chairName, String minuteTakerName) {
        public Header {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(startsAt, "startsAt");
        }
    }

    /** The people of one organisation ({@code partnerName} null: people without an organisation). */
    public record PartnerAttendance(String partnerName, List<Attendee> people) {
        public PartnerAttendance {
            people = List.copyOf(people);
        }
    }

    /** One person at the conference; {@code attendance} null when not recorded. */
    public record Attendee(String name, ConferenceRole role, AttendanceStatus attendance, boolean informationSent,
                           LocalDate confidentialitySignedOn) {
    }

    /**
     * One household discussed: the safety assessment (immediate danger, 0-10 per partner), the three columns,
     * the decisions, the case director and phase after the meeting, the measures agreed in this conference and
     * the household's open measures agreed earlier (carried over).
     */
    public record HouseholdSection(String householdName, AgendaReason reason, Boolean immediateDanger,
                                   List<Score> scores, String worries, String goingWell, String mustHappen,
                                   String decisions, String caseDirector, Phase phase, List<MeasureLine> agreed,
                                   List<MeasureLine> carriedOver) {
        public HouseholdSection {
            Objects.requireNonNull(householdName, "householdName");
            scores = List.copyOf(scores);
            agreed = List.copyOf(agreed);
            carriedOver = List.copyOf(carriedOver);
        }
    }

    /** A partner's score on the 0-10 safety scale. */
    public record Score(String partnerName, int score) {
    }

    /**
     * One row of a measures table. {@code concerns} is the person concerned (null: the whole household);
     * {@code legalEnd} marks a deadline set by the measure's legal clock rather than agreed.
     */
    public record MeasureLine(MeasureCategory category, MeasureType type, String concerns, String ownerPartnerName,
                              String responsiblePerson, LocalDate deadline, boolean legalEnd, MeasureStatus status) {
        public MeasureLine {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * Shown on the last page when the version is to be signed: who signs, and whether the certificate is a
     * personal test certificate made by the application (marked as such on paper).
     */
    public record Signing(String signerName, boolean testCertificate) {
    }
}
