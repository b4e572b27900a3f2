package nl.casustafel.service.minutes;

/**
 * A rendered version of the minutes and the fingerprint of its content (SHA-256 over the content without its
 * generation time), which {@link MinutesService#approve} compares to see whether the chair approves what was seen.
 */
public record MinutesPreview(byte[] pdf, String fingerprint) {
}
