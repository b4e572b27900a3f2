package nl.casustafel.domain.conference;

import java.time.LocalDate;

/**
 * An invited person. {@code attendance} null means not yet recorded; {@code partnerId} is the organisation they
 * represent (null for an incidental participant without one). {@code confidentialitySignedOn} records the signed
 * geheimhoudingsverklaring of an incidental participant.
 */
public record Attendee(long id, int version, long conferenceId, String name, Long partnerId, ConferenceRole role,
                       AttendanceStatus attendance, boolean informationSent, LocalDate confidentialitySignedOn) {

    public AttendeeDraft toDraft() {
        return new AttendeeDraft(name, partnerId, role, attendance, informationSent, confidentialitySignedOn);
    }
}
