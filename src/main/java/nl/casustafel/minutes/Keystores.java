package nl.casustafel.minutes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.DomainTime;
import nl.casustafel.files.AtomicWrite;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * PKCS#12 files with the chair's signing key: loading one issued by the organisation (with clear messages for a
 * wrong password, a missing alias, an expired certificate or one not meant for signing) and making a personal
 * test certificate for trying signing out, marked as such.
 */
public final class Keystores {
    private static final int KEY_USAGE_DIGITAL_SIGNATURE = 0;
    private static final int KEY_USAGE_NON_REPUDIATION = 1;
    /** A test certificate is valid for one year. */
    static final int TEST_VALIDITY_DAYS = 365;

    private Keystores() {
    }

    /**
     * Loads the signing key from {@code file}. {@code alias} may be null when the file holds one key. The
     * certificate must be valid at {@code now} and allowed to sign (digitalSignature or nonRepudiation, or no
     * key usage restriction at all).
     */
    public static SigningCredentials load(Path file, char[] password, String alias, Instant now) {
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (NoSuchFileException e) {
            throw new DomainException("error.keystore.missing");
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException
                    || String.valueOf(e.getMessage()).contains("password")) {
                throw new DomainException("error.keystore.password");
            }
            throw new DomainException("error.keystore.unreadable", e);
        } catch (GeneralSecurityException e) {
            throw new DomainException("error.keystore.unreadable", e);
        }
        try {
            String chosen = alias != null ? alias : onlyKeyAlias(store);
            if (!store.containsAlias(chosen) || !store.isKeyEntry(chosen)) {
                throw new DomainException("error.keystore.alias", chosen);
            }
            Key key = store.getKey(chosen, password);
            if (!(key instanceof PrivateKey privateKey)) {
                throw new DomainException("error.keystore.alias", chosen);
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : store.getCertificateChain(chosen)) {
                chain.add((X509Certificate) c);
            }
            X509Certificate certificate = chain.get(0);
            checkUsable(certificate, now);
            return new SigningCredentials(privateKey, chain, Certificates.isTestCertificate(certificate));
        } catch (UnrecoverableKeyException e) {
            throw new DomainException("error.keystore.password");
        } catch (GeneralSecurityException e) {
            throw new DomainException("error.keystore.unreadable", e);
        }
    }

    /** Throws a domain exception when {@code certificate} cannot sign at {@code now}. */
    static void checkUsable(X509Certificate certificate, Instant now) {
        try {
            certificate.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw new DomainException("error.certificate.expired", day(certificate.getNotAfter()));
        } catch (CertificateNotYetValidException e) {
            throw new DomainException("error.certificate.notYetValid", day(certificate.getNotBefore()));
        }
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !usage[KEY_USAGE_DIGITAL_SIGNATURE] && !usage[KEY_USAGE_NON_REPUDIATION]) {
            throw new DomainException("error.certificate.keyUsage");
        }
    }

    private static String day(Date date) {
        return DateTimeFormatter.ofPattern("dd-MM-yyyy").format(DomainTime.dateOf(date.toInstant()));
    }

    private static String onlyKeyAlias(KeyStore store) throws GeneralSecurityException {
        List<String> keys = new ArrayList<>();
        for (String a : Collections.list(store.aliases())) {
            if (store.isKeyEntry(a)) {
                keys.add(a);
            }
        }
        if (keys.size() != 1) {
            throw new DomainException(keys.isEmpty() ? "error.keystore.noKey" : "error.keystore.chooseAlias",
                    String.join(", ", keys));
        }
        return keys.get(0);
    }

    /**
     * Makes a personal test certificate for {@code name} (self-signed, RSA 3072, valid for a year from
     * {@code now}, key usage digitalSignature and nonRepudiation, marked with {@link Certificates#TEST_UNIT})
     * and writes it as a PKCS#12 file to {@code target} (temporary file first, then moved).
     */
    public static void createTestCertificate(Path target, String name, char[] password, String alias, Instant now) {
        createCertificate(target, name, password, alias, now, now.plusSeconds(TEST_VALIDITY_DAYS * 86_400L),
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation), Certificates.TEST_UNIT);
    }

    /** Package-private for tests: any validity, any key usage (null: none), any organisational unit. */
    static void createCertificate(Path target, String name, char[] password, String alias, Instant notBefore,
                                  Instant notAfter, KeyUsage usage, String unit) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name);
            if (unit != null) {
                subject.addRDN(BCStyle.OU, unit);
            }
            subject.addRDN(BCStyle.O, "Casustafel");
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject.build(),
                    new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE), Date.from(notBefore),
                    Date.from(notAfter), subject.build(), pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            if (usage != null) {
                builder.addExtension(Extension.keyUsage, true, usage);
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[] {certificate});
            AtomicWrite.write(target, (OutputStream out) -> {
                try {
                    store.store(out, password);
                } catch (GeneralSecurityException e) {
                    throw new IOException(e);
                }
            });
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new DomainException("error.keystore.create", e);
        }
    }
}
