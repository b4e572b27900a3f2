package nl.casustafel.domain.conference;

/** One partner's score on the 0-10 safety scale (0 = acute danger, 10 = safe enough to close). */
public record SafetyScore(long partnerId, int score) {
    public static final int MIN = 0;
    public static final int MAX = 10;

    public SafetyScore {
        if (score < MIN || score > MAX) {
            throw new IllegalArgumentException("safety score out of range: " + score);
        }
    }
}
