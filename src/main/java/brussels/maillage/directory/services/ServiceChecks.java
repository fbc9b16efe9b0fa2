package brussels.maillage.directory.services;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import brussels.maillage.directory.OpeningHours;

import org.springframework.validation.Errors;

/**
 * The rules of the service form that span several fields (a name in at least one
 * language, ages in order, phone lines, opening-hours rows), each problem reported next
 * to its field; pure functions of what was typed.
 */
final class ServiceChecks {

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ./()-]{6,24}$");

	private ServiceChecks() {
	}

	/** A name is needed in at least one of the three languages. */
	static void name(ServiceForm form, Errors errors) {
		if (form.name().isEmpty()) {
			errors.rejectValue("nameFr", "directory.edit.name.required");
		}
	}

	/** An age in whole years from 0 to 120, or {@code null} for anything else. */
	static Integer age(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			int age = Integer.parseInt(value.strip());
			return (age < 0 || age > 120) ? null : age;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The maximum age is not below the minimum age (when both are ages). */
	static void ages(ServiceForm form, Errors errors) {
		Integer minimum = age(form.minimumAge());
		Integer maximum = age(form.maximumAge());
		if (minimum != null && maximum != null && maximum < minimum) {
			errors.rejectValue("maximumAge", "directory.edit.age.order");
		}
	}

	/**
	 * The phone numbers, one a line (blank lines skipped); the first line that is not a
	 * number is named in the error.
	 */
	static List<String> phones(String typed, Errors errors) {
		List<String> phones = new ArrayList<>();
		for (String line : typed.split("\\R")) {
			if (!line.isBlank()) {
				if (!PHONE.matcher(line.strip()).matches()) {
					errors.rejectValue("phones", "directory.edit.phone.invalid", new Object[] { line.strip() }, null);
					break;
				}
				phones.add(line.strip());
			}
		}
		return phones;
	}

	/**
	 * The opening hours of the filled rows: a day, two times ({@code 9:00} or
	 * {@code 09:00}), closing after opening; each problem next to the cell of its row.
	 */
	static List<OpeningHours> hours(List<HoursRow> rows, Errors errors) {
		List<OpeningHours> hours = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			HoursRow row = rows.get(i);
			if (row.isEmpty()) {
				continue;
			}
			String prefix = "hours[" + i + "].";
			DayOfWeek day = null;
			try {
				day = DayOfWeek.valueOf(row.day());
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue(prefix + "day", "directory.edit.hours.dayMissing");
			}
			LocalTime opens = time(row.opens(), prefix + "opens", errors);
			LocalTime closes = time(row.closes(), prefix + "closes", errors);
			if (opens != null && closes != null) {
				if (!closes.isAfter(opens)) {
					errors.rejectValue(prefix + "closes", "directory.edit.hours.closesBeforeOpens");
				}
				else if (day != null) {
					hours.add(new OpeningHours(day, opens, closes));
				}
			}
		}
		return hours;
	}

	private static LocalTime time(String value, String field, Errors errors) {
		if (value.isBlank()) {
			errors.rejectValue(field, "directory.edit.hours.time");
			return null;
		}
		try {
			return HoursRow.time(value);
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "directory.edit.hours.time");
			return null;
		}
	}

}
