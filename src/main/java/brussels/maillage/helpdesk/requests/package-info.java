/**
 * The request record: the form taken on the phone with its checks and the guide beside
 * it, one request with its transfers and replies, the lines as the requests see them
 * (given to the follow-ups as {@code FollowUpService.Lines}), the daily aggregates kept
 * as requests change, e-mail intake over IMAP, retention of free text, the helpdesk's
 * first page and the demo requests; follow-up actions are in {@code helpdesk.followups}.
 */
package brussels.maillage.helpdesk.requests;
