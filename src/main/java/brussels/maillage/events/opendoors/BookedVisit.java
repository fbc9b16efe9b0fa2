package brussels.maillage.events.opendoors;

/**
 * A visit booked, as its visitor sees it through the personal link.
 *
 * @param slot the slot booked
 * @param visitorName who booked it
 */
record BookedVisit(ProgrammeSlot slot, String visitorName) {
}
