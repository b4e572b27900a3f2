package nl.casustafel.domain.retention;

import java.time.LocalDate;

/**
 * A closed household past its term and not yet proposed: its technical id, when it was closed and since when it
 * is due. No name: the administrator reads no dossier (ask the specialist which household it is when needed).
 */
public record DestructionCandidate(long householdId, LocalDate closedOn, LocalDate dueSince) {
}
