package brussels.maillage.directory.taxonomy;

/**
 * A broader concept an editor asked for and the thesaurus cannot take, with the message
 * that says why (next to the field).
 */
class BroaderRefused extends RuntimeException {

	private final String messageKey;

	private final String term;

	BroaderRefused(String messageKey, String term) {
		super(messageKey + ": " + term);
		this.messageKey = messageKey;
		this.term = term;
	}

	String messageKey() {
		return this.messageKey;
	}

	String term() {
		return this.term;
	}

}
