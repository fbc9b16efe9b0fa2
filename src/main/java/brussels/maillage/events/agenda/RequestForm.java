package brussels.maillage.events.agenda;

import brussels.maillage.events.EventsService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The public request form as typed, bound by its constructor and checked by Bean
 * Validation (its messages are those of {@code sessionRequest} in the events bundle).
 *
 * @param organisation organisation or team
 * @param contactName contact person
 * @param email e-mail address
 * @param language language for our messages
 * @param topic what the session should be about
 * @param audience who would attend
 * @param expectedPeople how many people, as typed: a whole number from 1 to 10,000
 * @param preferredDates preferred dates
 * @param territory territory code
 */
record RequestForm(@NotBlank @Size(max = 200) String organisation, @NotBlank @Size(max = 200) String contactName,
		@NotBlank @Pattern(regexp = "\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*") String email,
		@NotNull @Pattern(regexp = "fr|nl|en") String language, @NotBlank @Size(max = 2000) String topic,
		@NotBlank @Size(max = 1000) String audience,
		@NotNull @Pattern(regexp = "\\s*\\+?0*(?:[1-9]\\d{0,3}|10000)\\s*") String expectedPeople,
		@NotBlank @Size(max = 1000) String preferredDates,
		@NotNull @Pattern(regexp = EventsService.TERRITORY_CODES) String territory) {

	static RequestForm empty(String language) {
		return new RequestForm("", "", "", language, "", "", "", "", "");
	}

	/** The number of people; call only on a valid form. */
	int people() {
		return Integer.parseInt(this.expectedPeople.strip());
	}

}
