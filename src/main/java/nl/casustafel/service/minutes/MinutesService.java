package nl.casustafel.service.minutes;

import java.nio.file.Path;
import java.util.Locale;
import nl.casustafel.domain.minutes.DistributionAction;
import nl.casustafel.minutes.SigningCredentials;

/**
 * The minutes of closed conferences: concept -> vastgesteld -> ondertekend, corrections as new versions, signed
 * copies (complete, or need-to-know per partner), the distribution log and verification. Every method is one use
 * case; rendering and signing happen before the transaction that stores their result.
 */
public interface MinutesService {

    /** The conference's minutes: versions (newest first), their copies and the distribution log. */
    MinutesOverview overview(long conferenceId);

    /**
     * The version to work on: the existing concept or approved version, or version 1 as a concept when there is
     * none. A closed conference is required. After a signed version a correction is needed instead.
     */
    long openConcept(long conferenceId);

    /** A correction of the latest signed version: a new concept that refers to it, with the reason. */
    long startCorrection(long conferenceId, String reason);

    /**
     * The PDF of a version as it would be (concept: from the conference as it is now; approved: as approved) or
     * is (signed: the stored complete copy), for the preview, with the fingerprint of the content it shows.
     */
    MinutesPreview preview(long minutesId, Locale locale);

    /**
     * The chair approves the concept (vastgesteld): what it shows now is what will be signed. With the
     * fingerprint of the preview the chair saw, a change to the content since then (a colleague's amendment or
     * measure update) is a conflict instead of being approved unseen; null approves the content as it is now
     * (the command line, which shows no preview).
     */
    void approve(long minutesId, int version, String previewedFingerprint);

    /** Back from approved to concept, e.g. after an amendment of the conference. */
    void reopen(long minutesId, int version);

    /** Renders the approved content as signed and signs it: the version is locked and its complete copy kept. */
    MinutesCopySummary sign(long minutesId, int version, SigningCredentials credentials, Locale locale);

    /**
     * The copy for {@code partnerId}: the complete copy when {@code needToKnow} is false or the partner is
     * involved in every household discussed; otherwise the partner's need-to-know version: the one made before,
     * or one made and signed now (hence the credentials; null when not needed, see {@link #needsOwnCopy}).
     */
    MinutesCopySummary copyFor(long minutesId, long partnerId, boolean needToKnow, SigningCredentials credentials,
                               Locale locale);

    /** The complete signed copy of a signed version. */
    MinutesCopySummary completeCopy(long minutesId);

    /** True when a need-to-know copy for the partner would leave out a household (and so must be signed). */
    boolean needsOwnCopy(long minutesId, long partnerId);

    /** The bytes of a signed copy (for printing), without recording anything. */
    byte[] copyBytes(long copyId);

    /**
     * Writes a signed copy to {@code target} (temporary file first, then moved) and records it: SAVE without a
     * recipient, SEND for a recipient partner.
     */
    void saveCopy(long copyId, Long recipientPartnerId, Path target);

    /** Records that a copy was printed (after the print job was accepted). */
    void recordPrint(long copyId, Long recipientPartnerId);

    /** Records an action on a copy done elsewhere (used by {@link #saveCopy} and {@link #recordPrint}). */
    void record(long copyId, Long recipientPartnerId, DistributionAction action);

    /** Verifies a PDF: the signature, and whether it is a copy kept in this store. */
    Verification verify(byte[] pdf);

    /** Verifies a PDF file; an unreadable file gives a domain exception with a clear message. */
    Verification verify(Path pdf);
}
