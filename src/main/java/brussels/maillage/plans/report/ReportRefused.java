package brussels.maillage.plans.report;

/** A report step or erratum refused, with the message key that says why. */
class ReportRefused extends RuntimeException {

	private final String messageKey;

	ReportRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
