/**
 * The request record: the form taken on the phone with its checks and the guide beside
 * it, one request with its transfers, replies and follow-up actions (the follow-ups due,
 * and marking one done), the daily aggregates kept as requests change, e-mail intake over
 * IMAP, retention of free text, the helpdesk's first page and the demo requests.
 */
package brussels.maillage.helpdesk.requests;
