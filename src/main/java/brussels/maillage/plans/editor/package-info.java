/**
 * The staff pages that edit the plans ({@code /staff/plans}): the list by year, a plan
 * with its status, its actions with their deliverables and milestones, and the
 * objectives, with their forms and the checks of what is entered.
 */
package brussels.maillage.plans.editor;
