/**
 * The respondent's guide: pages every respondent reads beside the request form, edited by
 * coordinators in French and Dutch.
 */
package brussels.maillage.helpdesk.guide;
