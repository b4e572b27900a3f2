package nl.casustafel.service.partner;

import java.util.List;
import nl.casustafel.domain.partner.Partner;
import nl.casustafel.domain.partner.PartnerDraft;

/** The editable partner catalogue. */
public interface PartnerService {

    /** Partners in catalogue order; inactive ones only when asked. */
    List<Partner> list(boolean includeInactive);

    long create(PartnerDraft draft);

    void update(long partnerId, int version, PartnerDraft draft);
}
