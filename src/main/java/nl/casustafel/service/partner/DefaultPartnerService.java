package nl.casustafel.service.partner;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.casustafel.domain.common.DomainException;
import nl.casustafel.domain.common.ValidationException;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.domain.partner.PartnerDraft;
import nl.casustafel.store.Transactor;
import nl.casustafel.service.security.Access;
import nl.casustafel.service.security.UseCase;
import nl.casustafel.store.partner.JooqPartnerStore;

/** The partner catalogue over the jOOQ store. */
public final class DefaultPartnerService implements PartnerService {
    private final Transactor tx;
    private final JooqPartnerStore partners;
    private final Clock clock;
    private final Access access;

    public DefaultPartnerService(Access access, Transactor tx, JooqPartnerStore partners, Clock clock) {
        this.access = access;
        this.tx = tx;
        this.partners = partners;
        this.clock = clock;
    }

    @Override
    public List<Partner> list(boolean includeInactive) {
        return access.perform(UseCase.PARTNER_LIST, null, () -> partners.list(includeInactive));
    }

    @Override
    public long create(PartnerDraft draft) {
        access.require(UseCase.PARTNER_CREATE);
        ValidationException.throwIfAny(draft.validate());
        String code = codeFor(draft.name());
        return access.create(UseCase.PARTNER_CREATE, () -> {
            if (partners.codeExists(code)) {
                throw new DomainException("error.partnerCodeExists");
            }
            return partners.insert(code, draft, clock.instant());
        });
    }

    @Override
    public void update(long partnerId, int version, PartnerDraft draft) {
        access.require(UseCase.PARTNER_UPDATE);
        ValidationException.throwIfAny(draft.validate());
        access.run(UseCase.PARTNER_UPDATE, partnerId, () -> partners.update(partnerId, version, draft, clock.instant()));
    }

    /** A stable code from the name: "Jeugdhulp Noord" -> "JEUGDHULP_NOORD". */
    static String codeFor(String name) {
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String code = folded.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        return code.length() > 40 ? code.substring(0, 40) : code;
    }
}
