package brussels.maillage.system;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * RFC 9457 problem documents with a title and detail in the reader's language, the same
 * for every module's API and for the security layer.
 */
@Component
public class Problems {

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A problem for {@code status}, titled and explained in {@code locale}, about
	 * {@code instance} when given.
	 */
	public ProblemDetail of(HttpStatus status, Locale locale, String instance) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		String kind = kind(status);
		problem
			.setTitle(this.messages.getMessage("problem." + kind + ".title", null, status.getReasonPhrase(), locale));
		problem.setDetail(this.messages.getMessage("problem." + kind + ".detail", null, null, locale));
		if (instance != null) {
			try {
				problem.setInstance(URI.create(instance));
			}
			catch (IllegalArgumentException ex) {
				// An address that is not a valid URI is left out of the problem document.
			}
		}
		return problem;
	}

	/**
	 * A 400 problem about one request parameter: its detail, and {@code errors} naming
	 * {@code field}, say {@code messageKey} in {@code locale}.
	 */
	public ProblemDetail invalidField(String field, String messageKey, Locale locale, String instance) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, locale, instance);
		String message = this.messages.getMessage(messageKey, null, locale);
		problem.setDetail(message);
		problem.setProperty("errors", java.util.Map.of(field, message));
		return problem;
	}

	/** {@link #invalidField} as the answer of an API handler. */
	public ResponseEntity<ProblemDetail> badRequest(String field, String messageKey, Locale locale, String instance) {
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(invalidField(field, messageKey, locale, instance));
	}

	/**
	 * A year request parameter: {@code otherwise} when blank, the year when it is four
	 * digits from 2000 to 2100, {@code null} (to answer with a problem) otherwise.
	 */
	public static Integer yearParameter(String value, int otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		String digits = value.strip();
		if (!digits.matches("\\d{4}")) {
			return null;
		}
		int year = Integer.parseInt(digits);
		return (year >= 2000 && year <= 2100) ? year : null;
	}

	/**
	 * A size as people read it: {@code 50 MB}, {@code 512 KB}, {@code 100 bytes} (binary
	 * units, as the limits are set).
	 */
	public static String format(DataSize size, Locale locale) {
		long bytes = size.toBytes();
		java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(locale);
		number.setMaximumFractionDigits(1);
		if (bytes >= DataSize.ofMegabytes(1).toBytes()) {
			return number.format(bytes / (1024.0 * 1024.0)) + " MB";
		}
		if (bytes >= DataSize.ofKilobytes(1).toBytes()) {
			return number.format(bytes / 1024.0) + " KB";
		}
		return number.format(bytes) + " B";
	}

	/**
	 * The message family for a status: its own for the common ones, otherwise 400 or 500.
	 */
	public static String kind(HttpStatus status) {
		return switch (status.value()) {
			case 400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 503 -> String.valueOf(status.value());
			default -> status.is4xxClientError() ? "400" : "500";
		};
	}

}
