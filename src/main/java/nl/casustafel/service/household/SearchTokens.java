package nl.casustafel.service.household;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.casustafel.domain.common.Text;
import nl.casustafel.domain.household.Household;
import nl.casustafel.domain.household.Person;

/**
 * The words under which a household is found: its name and address, the postcode (also as "1234ab"),
 * its members' names and BSNs, and its incidents' registration numbers (also without separators).
 */
final class SearchTokens {
    private SearchTokens() {
    }

    static Set<String> of(Household household, Collection<Person> members, Collection<String> registrationNumbers) {
        Set<String> tokens = new LinkedHashSet<>();
        tokens.addAll(Text.tokens(household.name()));
        var a = household.address();
        tokens.addAll(Text.tokens(a.street()));
        tokens.addAll(Text.tokens(a.houseNumber()));
        tokens.addAll(Text.tokens(a.city()));
        if (a.postcode() != null) {
            tokens.addAll(Text.tokens(a.postcode().value()));
            tokens.add(Text.fold(a.postcode().compact()));
        }
        for (Person p : members) {
            tokens.addAll(Text.tokens(p.name().givenNames()));
            tokens.addAll(Text.tokens(p.name().particles()));
            tokens.addAll(Text.tokens(p.name().surname()));
            addCompact(tokens, p.name().familyName());
            if (p.bsn() != null) {
                tokens.add(p.bsn().value());
            }
        }
        for (String number : registrationNumbers) {
            tokens.addAll(Text.tokens(number));
            addCompact(tokens, number);
        }
        return tokens;
    }

    /** Words that match a large part of all households: left out of a query that has other words. */
    private static final Set<String> STOP_WORDS = Set.of("gezin", "familie", "huishouden", "fam", "van", "de",
            "den", "der", "het", "t", "ter", "ten", "te", "in", "op", "la", "le", "du", "des", "da", "dos");

    /**
     * The words of a search text, without stop words (particles, "gezin") when other words remain:
     * "Gezin van den Berg" searches for "berg", "van" alone still searches for "van".
     */
    static List<String> query(String text) {
        List<String> words = Text.tokens(text);
        List<String> meaningful = words.stream().filter(w -> !STOP_WORDS.contains(w)).toList();
        return meaningful.isEmpty() ? words : meaningful;
    }

    /** "van den Berg" also as "vandenberg", "PL0900-2025" also as "pl09002025". */
    private static void addCompact(Set<String> tokens, String text) {
        String compact = String.join("", Text.tokens(text));
        if (!compact.isEmpty()) {
            tokens.add(compact.length() > Text.MAX_TOKEN_LENGTH ? compact.substring(0, Text.MAX_TOKEN_LENGTH) : compact);
        }
    }
}
