package nl.casustafel.minutes;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * The chair's private key and certificate chain (signer first), loaded from a PKCS#12 file by {@link Keystores}.
 * {@code testCertificate} marks a personal certificate the application made for trying signing out: the
 * signature and the paper say so. Never printed: {@link #toString()} names the subject only.
 */
public final class SigningCredentials {
    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final boolean testCertificate;

    SigningCredentials(PrivateKey key, List<X509Certificate> chain, boolean testCertificate) {
        this.key = Objects.requireNonNull(key, "key");
        this.chain = List.copyOf(chain);
        if (this.chain.isEmpty()) {
            throw new IllegalArgumentException("a certificate chain needs the signer's certificate");
        }
        this.testCertificate = testCertificate;
    }

    PrivateKey key() {
        return key;
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    public List<X509Certificate> chain() {
        return chain;
    }

    public boolean testCertificate() {
        return testCertificate;
    }

    /** The signer's common name (or the whole subject when it has none). */
    public String signerName() {
        return Certificates.commonName(certificate());
    }

    public String subject() {
        return certificate().getSubjectX500Principal().getName();
    }

    @Override
    public String toString() {
        return "SigningCredentials[" + subject() + (testCertificate ? ", test" : "") + "]";
    }
}
