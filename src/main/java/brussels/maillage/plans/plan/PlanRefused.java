package brussels.maillage.plans.plan;

/**
 * A change to a plan that its state does not allow; the message key says why in the
 * user's language.
 */
public class PlanRefused extends RuntimeException {

	private final String messageKey;

	public PlanRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
