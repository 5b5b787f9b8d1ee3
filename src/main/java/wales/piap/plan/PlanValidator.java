package wales.piap.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks plan pages against the minimum content Estyn and the Welsh Government expect.
 *
 * <p>For each recommendation: its text; at least one action; for each action the action, a
 * lead, support, a timescale with at least one dated milestone (see {@link MilestoneRules}),
 * resources and monitoring that names who, when and how; success criteria, taken from the
 * page's "Success criteria" section and the actions' success-criteria cells together, with
 * at least one quantitative target; and how parents and carers will be informed, how their
 * views will be sought and how those views will be taken into account. The judgements of
 * "missing", "quantitative" and "who, when, how" are those of {@link TextRules}. The local
 * authority statement is checked by {@link LaStatementRules}. Immutable and thread-safe.
 */
public final class PlanValidator {

    private final TermResolver terms;

    /**
     * Creates a validator without a school calendar: a milestone written as a school term
     * counts as dated but is not checked against the plan's period.
     */
    public PlanValidator() {
        this(null);
    }

    /**
     * Creates a validator that turns milestones written as school terms into dates.
     *
     * @param terms the resolver for the school's calendar, or null to leave terms unchecked
     */
    public PlanValidator(TermResolver terms) {
        this.terms = terms;
    }

    /**
     * Checks a whole plan: each recommendation page, then the local authority statement.
     *
     * @param facts the plan's facts; null skips the checks against publication and horizon
     * @param recommendations the recommendation pages in plan order
     * @param laStatement the local authority statement, or null when the plan has none yet,
     *     which is itself a finding
     */
    public List<Finding> validatePlan(PlanFacts facts,
            List<RecommendationContent> recommendations, LaStatementContent laStatement) {
        List<Finding> findings = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (RecommendationContent recommendation : recommendations) {
            findings.addAll(validateRecommendation(recommendation, facts));
            references.add(recommendation.reference());
        }
        if (laStatement == null) {
            FindingSink sink = new FindingSink("", "");
            sink.add(Severity.MISSING, "LA", Field.PAGE, "laStatementAbsent");
            findings.addAll(sink.findings());
        } else {
            findings.addAll(validateLaStatement(laStatement, references, facts));
        }
        return findings;
    }

    /**
     * Checks one recommendation page, including the problems its parser reported.
     *
     * @param facts the plan's facts; null skips the checks against publication and horizon
     */
    public List<Finding> validateRecommendation(RecommendationContent page, PlanFacts facts) {
        FindingSink sink = new FindingSink(page.pageId(), page.pageTitle());
        sink.addAll(page.problems());
        String reference = page.reference();
        sink.requirePresent(page.text(), reference, Field.RECOMMENDATION_TEXT);
        if (page.actions().isEmpty()) {
            sink.add(Severity.MISSING, reference, Field.ACTIONS, "missing");
        }
        for (ActionRow action : page.actions()) {
            checkAction(action, facts, sink);
        }
        checkSuccessCriteria(page, sink);
        checkParents(page.parents(), reference, sink);
        return sink.findings();
    }

    /**
     * Checks the local authority statement against the plan's recommendations.
     *
     * @param recommendationReferences the references of the plan's recommendations ("R1")
     */
    public List<Finding> validateLaStatement(
            LaStatementContent page, List<String> recommendationReferences) {
        return validateLaStatement(page, recommendationReferences, null);
    }

    /**
     * Checks the local authority statement; the powers of intervention are not checked for a
     * non-maintained setting, to which the statutory powers do not apply.
     *
     * @param recommendationReferences the references of the plan's recommendations ("R1")
     * @param facts the plan's facts, or null to check the powers
     */
    public List<Finding> validateLaStatement(LaStatementContent page,
            List<String> recommendationReferences, PlanFacts facts) {
        boolean powersApply = facts == null
                || facts.settingType() != SettingType.NON_MAINTAINED_SETTING;
        FindingSink sink = new FindingSink(page.pageId(), page.pageTitle());
        sink.addAll(page.problems());
        LaStatementRules.check(page, recommendationReferences, powersApply, sink);
        checkParents(page.parents(), "LA", sink);
        return sink.findings();
    }

    private void checkAction(ActionRow action, PlanFacts facts, FindingSink sink) {
        String reference = action.reference();
        sink.requirePresent(action.action(), reference, Field.ACTION);
        sink.requirePresent(action.lead(), reference, Field.LEAD);
        sink.requirePresent(action.support(), reference, Field.SUPPORT);
        if (sink.requirePresent(action.timescale(), reference, Field.TIMESCALE)) {
            MilestoneRules.check(action, facts, terms, sink);
        }
        sink.requirePresent(action.resources(), reference, Field.RESOURCES);
        CellContent monitoring = action.monitoring();
        if (sink.requirePresent(monitoring, reference, Field.MONITORING)) {
            if (!TextRules.namesWho(monitoring)) {
                sink.add(Severity.WEAK, reference, Field.MONITORING_WHO, "weak");
            }
            if (!TextRules.namesWhen(monitoring)) {
                sink.add(Severity.WEAK, reference, Field.MONITORING_WHEN, "weak");
            }
            if (!TextRules.namesHow(monitoring)) {
                sink.add(Severity.WEAK, reference, Field.MONITORING_HOW, "weak");
            }
        }
    }

    private static void checkSuccessCriteria(RecommendationContent page, FindingSink sink) {
        CellContent criteria = TextRules.isMissing(page.successCriteria()) ? CellContent.EMPTY
                : page.successCriteria();
        for (ActionRow action : page.actions()) {
            if (!TextRules.isMissing(action.successCriteria())) {
                criteria = criteria.plus(action.successCriteria());
            }
        }
        String reference = page.reference();
        if (!sink.requirePresent(criteria, reference, Field.SUCCESS_CRITERIA)) {
            return;
        }
        switch (TextRules.target(criteria.text())) {
            case NONE -> sink.add(Severity.MISSING, reference, Field.QUANTITATIVE_TARGET,
                    "missing");
            case QUANTIFIER_ONLY -> sink.add(Severity.WEAK, reference,
                    Field.QUANTITATIVE_TARGET, "quantifierOnly");
            default -> {
                // A figure, a percentage or a count: the target the guidance requires.
            }
        }
    }

    static void checkParents(ParentsContent parents, String reference, FindingSink sink) {
        checkPart(parents.informed(), parents, reference, Field.PARENTS_INFORMED, sink);
        checkPart(parents.viewsSought(), parents, reference, Field.PARENTS_VIEWS_SOUGHT, sink);
        checkPart(parents.viewsUsed(), parents, reference, Field.PARENTS_VIEWS_USED, sink);
    }

    private static void checkPart(CellContent part, ParentsContent parents, String reference,
            Field field, FindingSink sink) {
        if (!TextRules.isMissing(part)) {
            return;
        }
        if (TextRules.isMissing(parents.unlabelled())) {
            sink.add(Severity.MISSING, reference, field, "missing");
        } else {
            sink.add(Severity.WEAK, reference, field, "unlabelled");
        }
    }
}
