package brussels.maillage.events;

/** Where a registration stands: a place, on the waiting list, or cancelled. */
public enum RegistrationStatus {

	CONFIRMED, WAITING, CANCELLED

}
