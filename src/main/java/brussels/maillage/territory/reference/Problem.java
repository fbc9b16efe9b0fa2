package brussels.maillage.territory.reference;

import java.util.List;

/**
 * An error found in an uploaded table: its line (0 for the table as a whole), the column,
 * a message key and the message's arguments.
 *
 * @param line line number in the file, counting the header as line 1
 * @param column the column concerned
 * @param messageKey key of the explanation in the message bundles
 * @param arguments values shown in the explanation
 */
record Problem(long line, String column, String messageKey, List<String> arguments) {

	Problem(long line, String column, String messageKey, String... arguments) {
		this(line, column, messageKey, List.of(arguments));
	}

	/** The arguments as an array, for message formatting in pages. */
	public Object[] args() {
		return this.arguments.toArray();
	}

}
