package nl.casustafel.minutes;

import java.util.ArrayList;
import java.util.List;
import nl.casustafel.domain.minutes.MinutesStatus;
import nl.casustafel.minutes.MinutesContent.HouseholdSection;
import nl.casustafel.minutes.MinutesContent.Identity;
import nl.casustafel.minutes.MinutesContent.Signing;

/** The minutes the benchmark signs, made from the renderer tests' realistic samples ({@link MinutesSamples}). */
public final class BenchMinutes {
    private BenchMinutes() {
    }

    /** Signed minutes of a meeting about 20 households: two from the samples, 18 with texts, scores and measures. */
    public static MinutesContent twentyHouseholds() {
        List<HouseholdSection> households = new ArrayList<>();
        households.add(MinutesSamples.deJong());
        households.add(MinutesSamples.yilmaz());
        String[] names = {"Gezin Van der Meer", "Gezin El Idrissi–Bakker", "Huishouden Ter Horst", "Gezin Öztürk",
            "Gezin Van ’t Hof", "Gezin Çelik–De Wit", "Gezin Jansen", "Gezin Kowalczyk", "Gezin De Vries",
            "Gezin Bakker", "Gezin Yılmaz–Visser", "Gezin Van den Broek", "Gezin Mulder", "Gezin Smit",
            "Gezin El Amrani", "Gezin Dijkstra", "Gezin Peters", "Gezin Hoekstra"};
        for (int i = 0; i < names.length; i++) {
            households.add(MinutesSamples.household(names[i], 1 + i % 4, 3 + i % 5));
        }
        return new MinutesContent(new Identity(MinutesSamples.DOCUMENT_ID, 1, MinutesStatus.SIGNED, null, 0, null,
                null, null, MinutesSamples.GENERATED_AT, MinutesSamples.AUDIT_HEAD), MinutesSamples.header(),
                MinutesSamples.attendance(), households, new Signing(MinutesSamples.CHAIR, true));
    }
}
