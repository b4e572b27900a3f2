package nl.casustafel.minutes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks every signature of a PDF cryptographically: the CMS over the byte range must verify against the
 * signer's certificate, its signing-certificate-v2 attribute must name that certificate, the unsigned gap must be
 * the signature value in canonical upper-case hex followed only by zeros, and the byte range must cover the whole
 * file. The minutes carry one signature: a second one means the file was changed (and re-signed) afterwards.
 * The reported signer is the first signature's. Any failure to parse what the signature
 * claims to sign is reported as altered, never as an exception (pitfalls.md, item 8: BouncyCastle throws on a
 * digest mismatch; /Contents is zero-padded and read with an ASN1InputStream).
 */
public final class SignatureVerifier {
    private SignatureVerifier() {
    }

    public static SignatureCheck check(byte[] file) {
        String sha256 = sha256(file);
        List<PDSignature> signatures;
        try (PDDocument doc = Loader.loadPDF(file)) {
            signatures = doc.getSignatureDictionaries();
        } catch (IOException | RuntimeException e) {
            return new SignatureCheck(SignatureCheck.Verdict.UNREADABLE, null, null, null, false, false, sha256);
        }
        if (signatures.isEmpty()) {
            return new SignatureCheck(SignatureCheck.Verdict.UNSIGNED, null, null, null, false, false, sha256);
        }
        // Every signature must verify. The minutes carry exactly one: a second signature, even a valid one,
        // means the file was changed after the chair signed it (an incremental update signed by someone else).
        SignatureCheck first = null;
        for (PDSignature signature : signatures) {
            SignatureCheck check = checkOne(signature, file, sha256);
            if (check.verdict() == SignatureCheck.Verdict.ALTERED) {
                return check;
            }
            if (first == null) {
                first = check;
            }
        }
        if (signatures.size() > 1 && first.verdict() == SignatureCheck.Verdict.INTACT) {
            return withVerdict(first, SignatureCheck.Verdict.CHANGED_AFTER_SIGNING);
        }
        return first;
    }

    private static SignatureCheck checkOne(PDSignature signature, byte[] file, String sha256) {
        Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        X509Certificate certificate = null;
        try {
            int[] range = signature.getByteRange();
            byte[] contents = signature.getContents(file);
            if (!canonicalContents(file, range, contents)) {
                // The unsigned gap must be exactly "<" + the signature in upper-case hex + ">": no other
                // spelling of the same bytes (lower case, white space) is accepted.
                return result(SignatureCheck.Verdict.ALTERED, null, signedAt, false, sha256);
            }
            byte[] signedContent = signature.getSignedContent(file);
            CMSSignedData cms;
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                ASN1Primitive object = in.readObject();
                cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), ContentInfo.getInstance(object));
                if (!zeroPadding(contents, object.getEncoded().length)) {
                    // Bytes hidden after the signature value: not signed, so not allowed to differ from zero.
                    return result(SignatureCheck.Verdict.ALTERED, null, signedAt, false, sha256);
                }
            }
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            X509CertificateHolder holder = matches.iterator().next();
            certificate = new JcaX509CertificateConverter().getCertificate(holder);
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))
                    && boundToCertificate(signer, holder);
            boolean whole = range.length == 4 && range[0] == 0
                    && (long) range[2] + range[3] == file.length;
            SignatureCheck.Verdict verdict = !valid ? SignatureCheck.Verdict.ALTERED
                    : whole ? SignatureCheck.Verdict.INTACT : SignatureCheck.Verdict.CHANGED_AFTER_SIGNING;
            return result(verdict, certificate, signedAt, whole, sha256);
        } catch (IOException | CMSException | OperatorCreationException | CertificateException
                 | RuntimeException e) {
            // CMSSignerDigestMismatchException (a CMSException) is the usual answer to a changed byte.
            return result(SignatureCheck.Verdict.ALTERED, certificate, signedAt, false, sha256);
        }
    }

    private static boolean canonicalContents(byte[] file, int[] range, byte[] contents) {
        if (range.length != 4 || range[1] < 0 || range[2] > file.length || range[1] >= range[2]) {
            return false;
        }
        String gap = new String(file, range[1], range[2] - range[1], StandardCharsets.US_ASCII);
        return gap.equals("<" + HexFormat.of().withUpperCase().formatHex(contents) + ">");
    }

    private static SignatureCheck withVerdict(SignatureCheck c, SignatureCheck.Verdict verdict) {
        return new SignatureCheck(verdict, c.signerName(), c.certificateSubject(), c.signedAt(), c.testCertificate(),
                false, c.sha256(), c.certificateIssuer(), c.selfSigned(), c.certificateSha256());
    }

    /**
     * The signed signing-certificate-v2 attribute must name exactly this certificate (its SHA-256), so that a
     * certificate swapped or changed inside the signature is found even though the CMS still verifies.
     */
    private static boolean boundToCertificate(SignerInformation signer, X509CertificateHolder holder)
            throws IOException {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null
                : attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return false;
        }
        ESSCertIDv2[] ids = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts();
        return ids.length > 0 && MessageDigest.isEqual(ids[0].getCertHash(), digest(holder.getEncoded()));
    }

    private static boolean zeroPadding(byte[] contents, int used) {
        for (int i = used; i < contents.length; i++) {
            if (contents[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static SignatureCheck result(SignatureCheck.Verdict verdict, X509Certificate certificate,
                                         Instant signedAt, boolean whole, String sha256) {
        if (certificate == null) {
            return new SignatureCheck(verdict, null, null, signedAt, false, whole, sha256);
        }
        String fingerprint;
        try {
            fingerprint = sha256(certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            fingerprint = null;
        }
        return new SignatureCheck(verdict, Certificates.commonName(certificate),
                certificate.getSubjectX500Principal().getName(), signedAt,
                Certificates.isTestCertificate(certificate), whole, sha256,
                certificate.getIssuerX500Principal().getName(),
                certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()), fingerprint);
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest(bytes));
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
