package brussels.maillage.events;

import java.util.Map;

/**
 * A registration that cannot be taken: the event does not exist or is closed, or the
 * answers are invalid (field name → message key).
 */
public class RegistrationRefused extends RuntimeException {

	/** Why it was refused. */
	public enum Reason {

		NOT_FOUND, CLOSED, INVALID

	}

	private final Reason reason;

	private final Map<String, String> problems;

	public RegistrationRefused(Reason reason, Map<String, String> problems) {
		super("Registration refused: " + reason + " " + problems);
		this.reason = reason;
		this.problems = Map.copyOf(problems);
	}

	public Reason reason() {
		return this.reason;
	}

	public Map<String, String> problems() {
		return this.problems;
	}

}
