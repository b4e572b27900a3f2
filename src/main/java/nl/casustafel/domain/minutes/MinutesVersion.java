package nl.casustafel.domain.minutes;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of a conference's minutes. All versions share {@code documentId}; a correction names the signed
 * version it replaces ({@code replacesId}) and why. Approval records who approved and when; signing records the
 * signer, the certificate's subject and whether it was a personal test certificate.
 */
public record MinutesVersion(long id, int version, long conferenceId, UUID documentId, int number,
                             MinutesStatus status, Long replacesId, String correctionReason, Instant approvedAt,
                             String approvedBy, Instant signedAt, String signerName, String certificateSubject,
                             boolean testCertificate, Instant createdAt) {
    public MinutesVersion {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(status, "status");
    }

    public boolean isCorrection() {
        return replacesId != null;
    }
}
