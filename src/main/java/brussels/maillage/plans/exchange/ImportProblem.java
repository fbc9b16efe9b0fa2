package brussels.maillage.plans.exchange;

import java.util.List;

/**
 * Why one cell of an import cannot be read.
 *
 * @param row the row as a spreadsheet numbers it (the header is row 1)
 * @param field the column
 * @param messageKey the reason, as a message key
 * @param arguments the values the message names
 */
record ImportProblem(int row, String field, String messageKey, List<String> arguments) {

	public ImportProblem {
		arguments = List.copyOf(arguments);
	}

	ImportProblem(int row, String field, String messageKey, String... arguments) {
		this(row, field, messageKey, List.of(arguments));
	}

}
