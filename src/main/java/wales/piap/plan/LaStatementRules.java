package wales.piap.plan;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks the local authority statement: the capacity assessment, the authority's actions
 * for each recommendation, its decision on each power of intervention or its reasons for
 * using none. The parents section is checked as on recommendation pages.
 *
 * <p>A decision that is only "yes", "no" or "not used" gives no reason and is weak. A
 * no-powers statement covers every power it does not name; it is weak unless it gives a
 * reason, found by words such as "because", "as", "since", "given" or the Welsh "oherwydd"
 * and "gan fod".
 */
final class LaStatementRules {

    private static final Pattern BARE_DECISION = Pattern.compile(
            "^(?:yes|no|not used|not required|will use|will not use|ie|na|nac ydy|oes|nac oes"
                    + "|dim)[.!]?$");

    private static final Pattern REASON = Words.wordStarts("because", "as$", "since",
            "given", "due to", "owing to", "in view of", "therefore", "oherwydd", "gan fod",
            "am fod", "o ystyried", "felly");

    private LaStatementRules() {
    }

    static void check(LaStatementContent page, List<String> recommendations,
            boolean powersApply, FindingSink sink) {
        sink.requirePresent(page.capacity(), "LA", Field.LA_CAPACITY);
        boolean unassigned = !TextRules.isMissing(page.unassignedActions());
        for (String recommendation : recommendations) {
            CellContent actions = page.actionsByRecommendation().get(recommendation);
            if (actions != null && !TextRules.isMissing(actions)) {
                continue;
            }
            if (unassigned) {
                sink.add(Severity.WEAK, recommendation, Field.LA_ACTIONS, "unassigned",
                        recommendation);
            } else {
                sink.add(Severity.MISSING, recommendation, Field.LA_ACTIONS, "missing",
                        recommendation);
            }
        }
        if (powersApply) {
            checkPowers(page, sink);
        }
    }

    private static void checkPowers(LaStatementContent page, FindingSink sink) {
        boolean noPowersStated = !TextRules.isMissing(page.noPowersStatement());
        for (InterventionPower power : InterventionPower.values()) {
            CellContent decision = page.powers().get(power);
            if (decision == null || TextRules.isMissing(decision)) {
                if (!noPowersStated) {
                    sink.add(Severity.MISSING, "LA", power.field(), "missing");
                }
            } else if (BARE_DECISION.matcher(Words.normalise(decision.text())).matches()) {
                sink.add(Severity.WEAK, "LA", power.field(), "noReason");
            }
        }
        if (noPowersStated
                && !REASON.matcher(Words.normalise(page.noPowersStatement().text())).find()) {
            sink.add(Severity.WEAK, "LA", Field.LA_POWERS, "noReason");
        }
    }
}
