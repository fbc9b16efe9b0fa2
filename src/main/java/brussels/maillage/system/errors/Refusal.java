package brussels.maillage.system.errors;

import java.sql.SQLException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;

/**
 * How a statement the database refused is answered: its status and the message key of its
 * explanation, never the database's own words.
 *
 * @param status 400 for a value PostgreSQL cannot store (SQLSTATE class 22: a null
 * character, too long, out of range), 409 for a duplicate, 422 otherwise (a reference to
 * a row that does not exist, another broken rule)
 * @param detail message key of the explanation
 */
record Refusal(HttpStatus status, String detail) {

	static Refusal of(DataIntegrityViolationException ex) {
		if (ex instanceof DuplicateKeyException) {
			return new Refusal(HttpStatus.CONFLICT, "problem.duplicate.detail");
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
				return new Refusal(HttpStatus.BAD_REQUEST, "problem.value.detail");
			}
		}
		return new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "problem.integrity.detail");
	}

}
