package nl.casustafel.minutes;

import java.security.cert.X509Certificate;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/** Small facts about X.509 certificates: names and the mark of the application's test certificates. */
final class Certificates {
    /** The organisational unit that marks a personal test certificate made by {@link Keystores}. */
    static final String TEST_UNIT = "Casustafel proefcertificaat";

    private Certificates() {
    }

    static String commonName(X509Certificate certificate) {
        return attribute(certificate.getSubjectX500Principal().getName(), "CN");
    }

    /** A test certificate is self-signed and carries the application's test unit. */
    static boolean isTestCertificate(X509Certificate certificate) {
        String subject = certificate.getSubjectX500Principal().getName();
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                && TEST_UNIT.equals(attribute(subject, "OU"));
    }

    private static String attribute(String distinguishedName, String type) {
        try {
            for (Rdn rdn : new LdapName(distinguishedName).getRdns()) {
                if (rdn.getType().equalsIgnoreCase(type)) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            return distinguishedName;
        }
        return type.equals("CN") ? distinguishedName : null;
    }
}
