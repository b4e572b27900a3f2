package nl.casustafel.domain.conference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.casustafel.domain.common.FieldError;
import nl.casustafel.domain.common.Text;

/**
 * The safety-first assessment of one agenda item as entered in the meeting: immediate danger (null = not yet asked),
 * the 0-10 safety scale per partner present (partner id to score), the three columns and the decisions.
 */
public record AssessmentDraft(Boolean immediateDanger, Map<Long, Integer> scores, String worries, String goingWell,
                              String mustHappen, String decisions) {

    public static final String SCORES = "scores";
    public static final String WORRIES = "worries";
    public static final String GOING_WELL = "goingWell";
    public static final String MUST_HAPPEN = "mustHappen";
    public static final String DECISIONS = "decisions";
    public static final int MAX_TEXT = 4000;

    public AssessmentDraft {
        scores = scores == null ? Map.of() : Map.copyOf(new TreeMap<>(scores));
    }

    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        for (Integer score : scores.values()) {
            if (score == null || score < SafetyScore.MIN || score > SafetyScore.MAX) {
                errors.add(FieldError.of(SCORES, "validation.between", SafetyScore.MIN, SafetyScore.MAX));
                break;
            }
        }
        tooLong(errors, WORRIES, worries);
        tooLong(errors, GOING_WELL, goingWell);
        tooLong(errors, MUST_HAPPEN, mustHappen);
        tooLong(errors, DECISIONS, decisions);
        return errors;
    }

    private static void tooLong(List<FieldError> errors, String field, String value) {
        if (Text.isLongerThan(value, MAX_TEXT)) {
            errors.add(FieldError.of(field, "validation.tooLong", MAX_TEXT));
        }
    }

    /** The scores as records, ordered by partner id. */
    public List<SafetyScore> safetyScores() {
        return new TreeMap<>(scores).entrySet().stream().map(e -> new SafetyScore(e.getKey(), e.getValue())).toList();
    }
}
