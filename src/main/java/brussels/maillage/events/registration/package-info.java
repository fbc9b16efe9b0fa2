/**
 * Registration: places, waiting list, personal links, cancellations, the mails in the
 * registrant's language, reminders and the erasure of past registrants; and attendance,
 * who of the confirmed registrants came to each session, recorded on its check-in list.
 */
package brussels.maillage.events.registration;
