package brussels.maillage.helpdesk.requests;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import brussels.maillage.helpdesk.HelpdeskService;

import org.springframework.validation.Errors;

/**
 * The rules of the request form that need nothing but the text typed: when the request
 * came in, the minutes spent, a follow-up and its due day, the choice of a code. Each
 * puts its message next to its field.
 */
final class RequestRules {

	private RequestRules() {
	}

	/**
	 * The moment typed in {@code receivedAt} ({@code 2026-03-05T10:30}, Brussels time),
	 * or {@code null} when it is missing or unreadable; a moment more than two minutes
	 * after {@code now} or before 2000 is returned but refused.
	 */
	static LocalDateTime receivedAt(String text, Instant now, Errors errors) {
		if (blankToNull(text) == null) {
			errors.rejectValue("receivedAt", "helpdesk.error.receivedAt.required");
			return null;
		}
		try {
			LocalDateTime local = LocalDateTime.parse(text.strip());
			if (local.atZone(HelpdeskService.TIME_ZONE).toInstant().isAfter(now.plus(Duration.ofMinutes(2)))) {
				errors.rejectValue("receivedAt", "helpdesk.error.receivedAt.future");
			}
			else if (local.getYear() < 2000) {
				errors.rejectValue("receivedAt", "helpdesk.error.receivedAt.invalid");
			}
			return local;
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue("receivedAt", "helpdesk.error.receivedAt.invalid");
			return null;
		}
	}

	/**
	 * The minutes typed in {@code minutesSpent} (0 to 1440, a day), or {@code null} when
	 * none were typed or they cannot be read.
	 */
	static Integer minutes(String text, Errors errors) {
		if (blankToNull(text) == null) {
			return null;
		}
		try {
			Integer minutes = Integer.valueOf(text.strip());
			if (minutes < 0 || minutes > 1440) {
				errors.rejectValue("minutesSpent", "helpdesk.error.minutes");
			}
			return minutes;
		}
		catch (NumberFormatException ex) {
			errors.rejectValue("minutesSpent", "helpdesk.error.minutes");
			return null;
		}
	}

	/**
	 * Adds the follow-up typed in a pair of fields to {@code followUps} when both are
	 * there and right: an action of at most 500 characters, due on a day that is not
	 * before the request's.
	 */
	static void followUp(String action, String due, String actionField, String dueField, LocalDate receivedOn,
			Errors errors, List<RequestData.NewFollowUp> followUps) {
		String text = blankToNull(action);
		String date = blankToNull(due);
		if (text == null && date == null) {
			return;
		}
		if (text == null) {
			errors.rejectValue(actionField, "helpdesk.error.followUp.action");
		}
		else if (text.length() > 500) {
			errors.rejectValue(actionField, "helpdesk.error.summary.long", new Object[] { 500 }, null);
		}
		if (date == null) {
			errors.rejectValue(dueField, "helpdesk.error.followUp.due");
			return;
		}
		try {
			LocalDate dueOn = LocalDate.parse(date);
			if (receivedOn != null && dueOn.isBefore(receivedOn)) {
				errors.rejectValue(dueField, "helpdesk.error.followUp.beforeRequest");
			}
			else if (text != null) {
				followUps.add(new RequestData.NewFollowUp(text, dueOn));
			}
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(dueField, "helpdesk.error.followUp.invalid");
		}
	}

	/** The constant of {@code type} named {@code value}, or {@code null}. */
	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (E candidate : type.getEnumConstants()) {
			if (candidate.name().equals(value.strip())) {
				return candidate;
			}
		}
		return null;
	}

	/** The text without surrounding spaces, or {@code null} when there is none. */
	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
