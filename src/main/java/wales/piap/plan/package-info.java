/**
 * Plan facts, the model of plan pages, and the rules a plan must meet: pure Java with no
 * host imports.
 *
 * <p>The page model ({@link wales.piap.plan.RecommendationContent},
 * {@link wales.piap.plan.ActionRow}, {@link wales.piap.plan.ParentsContent},
 * {@link wales.piap.plan.LaStatementContent}, {@link wales.piap.plan.CellContent}) is built
 * by {@code wales.piap.storage.PlanPageParser} and checked by
 * {@link wales.piap.plan.PlanValidator}, which returns {@link wales.piap.plan.Finding}s.
 */
package wales.piap.plan;
