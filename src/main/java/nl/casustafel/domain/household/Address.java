package nl.casustafel.domain.household;

/** Street address of a household; any part may be unknown. */
public record Address(String street, String houseNumber, Postcode postcode, String city) {
    public static final Address UNKNOWN = new Address(null, null, null, null);

    /** "Dorpsstraat 12, 1234 AB Utrecht" (parts that are unknown are left out). */
    public String display() {
        StringBuilder b = new StringBuilder();
        if (street != null) {
            b.append(street);
            if (houseNumber != null) {
                b.append(' ').append(houseNumber);
            }
        }
        String place = ((postcode == null ? "" : postcode.value()) + " " + (city == null ? "" : city)).strip();
        if (!place.isEmpty()) {
            b.append(b.length() > 0 ? ", " : "").append(place);
        }
        return b.toString();
    }
}
