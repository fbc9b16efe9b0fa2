/**
 * Registration: places, waiting list, personal links, cancellations, the mails in the
 * registrant's language, reminders and the erasure of past registrants.
 */
package brussels.maillage.events.registration;
