/**
 * The yearly action plans themselves: plans, objectives, actions, deliverables and
 * milestones with their status histories and their repositories, behind
 * {@code PlansService}, which the editor, the exchange, the reports, the dashboards and
 * the demo use.
 */
package brussels.maillage.plans.plan;
