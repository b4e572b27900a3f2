package nl.casustafel.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as PAdES baseline B-B (pitfalls.md, item 8): an incremental update adds a signature dictionary with
 * /Filter Adobe.PPKLite and /SubFilter ETSI.CAdES.detached whose CMS carries SHA-256, the signer's certificate
 * chain and the signing-certificate-v2 attribute, and no CMS signing-time (PAdES takes the time from /M). The
 * signature covers the whole file as it was, so the PDF/A conformance of the input is kept.
 */
public final class PadesSigner {
    /** Room for the CMS in /Contents: a 4096-bit RSA signature with a chain of several certificates fits. */
    private static final int SIGNATURE_SIZE = 16 * 1024;

    private PadesSigner() {
    }

    /**
     * Returns {@code pdf} signed with {@code credentials} at {@code signedAt}. {@code reason} and
     * {@code location} are shown by PDF readers; a test certificate is named as such in the reason.
     */
    public static byte[] sign(byte[] pdf, SigningCredentials credentials, Instant signedAt, String reason,
                              String location) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(credentials.signerName());
            signature.setReason(reason);
            signature.setLocation(location);
            Calendar when = GregorianCalendar.getInstance(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(signedAt.toEpochMilli());
            signature.setSignDate(when);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 4096);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                doc.addSignature(signature, content -> cms(content, credentials), options);
                doc.saveIncremental(out);
            }
            return out.toByteArray();
        }
    }

    private static byte[] cms(InputStream content, SigningCredentials credentials) throws IOException {
        try {
            X509Certificate certificate = credentials.certificate();
            String algorithm = "EC".equals(credentials.key().getAlgorithm()) ? "SHA256withECDSA"
                    : "SHA256withRSA";
            ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(credentials.key());
            JcaSignerInfoGeneratorBuilder info = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build());
            info.setSignedAttributeGenerator(new PadesAttributes(signingCertificateV2(certificate)));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(info.build(signer, certificate));
            generator.addCertificates(new JcaCertStore(credentials.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            return signed.getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("The CMS signature could not be made", e);
        }
    }

    /** ESS signing-certificate-v2 (RFC 5035): binds the signature to the signer's certificate by its SHA-256. */
    private static Attribute signingCertificateV2(X509Certificate certificate)
            throws GeneralSecurityException {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                    X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                    certificate.getSerialNumber());
            ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash,
                    issuerSerial);
            return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
        } catch (CertificateEncodingException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** The standard signed attributes plus signing-certificate-v2, without signing-time (PAdES baseline). */
    private static final class PadesAttributes extends DefaultSignedAttributeTableGenerator {
        PadesAttributes(Attribute signingCertificate) {
            super(new AttributeTable(vector(signingCertificate)));
        }

        private static ASN1EncodableVector vector(Attribute attribute) {
            ASN1EncodableVector vector = new ASN1EncodableVector();
            vector.add(attribute);
            return vector;
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }
}
