package nl.casustafel.minutes;

import java.time.Instant;

/**
 * What {@link SignatureVerifier} found in a PDF. {@code verdict} says whether the document is signed and intact;
 * the signer's name, certificate subject and claimed signing time are known when there is a signature.
 * {@code sha256} is the file's hash (to find it in the store). {@code testCertificate} marks the application's
 * personal test certificates. Whether the certificate is to be trusted is for the reader to judge from its issuer,
 * whether it is self-signed and its SHA-256 fingerprint (compare with what the organisation publishes).
 */
public record SignatureCheck(Verdict verdict, String signerName, String certificateSubject, Instant signedAt,
                             boolean testCertificate, boolean wholeDocumentSigned, String sha256,
                             String certificateIssuer, boolean selfSigned, String certificateSha256) {

    /** Without a certificate (unsigned, unreadable, or altered before the certificate could be read). */
    public SignatureCheck(Verdict verdict, String signerName, String certificateSubject, Instant signedAt,
                          boolean testCertificate, boolean wholeDocumentSigned, String sha256) {
        this(verdict, signerName, certificateSubject, signedAt, testCertificate, wholeDocumentSigned, sha256, null,
                false, null);
    }

    public enum Verdict {
        /** The signature is valid and covers the whole file. */
        INTACT,
        /** The signed bytes were changed, or the signature does not match them. */
        ALTERED,
        /** The signature is valid, but content was added after signing (an incremental update). */
        CHANGED_AFTER_SIGNING,
        /** A readable PDF without a signature. */
        UNSIGNED,
        /** Not a readable PDF (damaged, or not a PDF at all). */
        UNREADABLE
    }

    public boolean intact() {
        return verdict == Verdict.INTACT;
    }
}
