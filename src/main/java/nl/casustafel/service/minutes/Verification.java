package nl.casustafel.service.minutes;

import nl.casustafel.minutes.SignatureCheck;

/**
 * The result of verifying a PDF: what the signature says, and, when the file is a copy kept in this store, which
 * conference and version it is and for whom ({@code recipientName} null: the complete minutes).
 */
public record Verification(SignatureCheck signature, Long conferenceId, Integer versionNumber,
                           String recipientName, boolean knownCopy) {
    public boolean intact() {
        return signature.intact();
    }
}
