package brussels.maillage.events.requests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import brussels.maillage.events.agenda.EventTerritories;
import brussels.maillage.events.opendoors.FormLimits;

/**
 * The public request form as typed.
 *
 * @param organisation organisation or team
 * @param contactName contact person
 * @param email e-mail address
 * @param language language for our messages
 * @param topic what the session should be about
 * @param audience who would attend
 * @param expectedPeople how many people, as typed
 * @param preferredDates preferred dates
 * @param territory territory code
 */
record RequestForm(String organisation, String contactName, String email, String language, String topic,
		String audience, String expectedPeople, String preferredDates, String territory) {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	static RequestForm empty(String language) {
		return new RequestForm("", "", "", language, "", "", "", "", "");
	}

	/** What is wrong, field → message key, in the form's order. */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		check(problems, "organisation", this.organisation, 200);
		check(problems, "contactName", this.contactName, 200);
		if (blank(this.email) || !EMAIL.matcher(this.email.strip()).matches()) {
			problems.put("email", "events.register.error.email");
		}
		if (this.language == null || !List.of("fr", "nl", "en").contains(this.language)) {
			problems.put("language", "events.register.error.language");
		}
		check(problems, "topic", this.topic, 2000);
		check(problems, "audience", this.audience, 1000);
		Integer people = people();
		if (people == null || people < 1 || people > 10_000) {
			problems.put("expectedPeople", "events.request.error.people");
		}
		if (blank(this.preferredDates)) {
			problems.put("preferredDates", "events.request.error.preferredDates");
		}
		else if (FormLimits.tooLong(this.preferredDates, FormLimits.NOTE)) {
			problems.put("preferredDates", "events.request.error.preferredDatesLength");
		}
		if (this.territory == null || !EventTerritories.ALL.contains(this.territory)) {
			problems.put("territory", "events.form.error.territory");
		}
		return problems;
	}

	Integer people() {
		try {
			return (this.expectedPeople != null) ? Integer.valueOf(this.expectedPeople.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static void check(Map<String, String> problems, String field, String value, int max) {
		if (blank(value) || value.strip().length() > max) {
			problems.put(field, "events.request.error." + field);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
