package brussels.maillage.events;

/**
 * What became of a registration attempt that was not refused.
 *
 * @param outcome a place, the waiting list, or already registered (the personal link is
 * sent again)
 * @param registration the registration
 */
public record RegistrationResult(Outcome outcome, Registration registration) {

	/** The three answers to a valid registration. */
	public enum Outcome {

		CONFIRMED, WAITING, ALREADY_REGISTERED

	}

}
