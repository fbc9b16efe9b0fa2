package brussels.maillage.governance.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Another participant as staff type them.
 *
 * @param personName their name
 * @param organisationName their organisation
 * @param category the category they come from, empty for another
 */
record ParticipantForm(@NotBlank @Size(max = 200) String personName, @Size(max = 200) String organisationName,
		String category) {

	static final String[] FIELDS = { "personName", "organisationName", "category" };

	static ParticipantForm empty() {
		return new ParticipantForm(null, null, null);
	}

}
