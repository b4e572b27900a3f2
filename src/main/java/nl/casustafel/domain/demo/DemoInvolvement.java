package nl.casustafel.domain.demo;

import nl.casustafel.domain.household.InvolvementDraft;

/** A partner's involvement with a generated household; the draft's partnerId is ignored in favour of the code. */
public record DemoInvolvement(String partnerCode, InvolvementDraft draft) {
}
