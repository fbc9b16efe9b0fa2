package brussels.maillage.events.opendoors;

/**
 * What a professional typed in the booking form, kept when it is shown again.
 *
 * @param name name
 * @param email e-mail
 * @param profession profession
 * @param language language of the confirmation
 */
record BookingForm(String name, String email, String profession, String language) {
}
