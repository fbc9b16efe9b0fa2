package brussels.maillage.prevention.programmes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One of the tagging forms of a programme's page: the kind says which, and its field
 * names the subject.
 *
 * @param kind {@code EVENT}, {@code HELPDESK_REQUEST}, {@code FOCUS_REPERTOIRE} or
 * {@code DIRECTORY_THEME}
 * @param event the event's id (a result of the search)
 * @param request the helpdesk request's number, as typed
 * @param repertoire the Focus repertoire's id
 * @param theme the directory theme's code
 */
record TagForm(@NotBlank @Pattern(regexp = "EVENT|HELPDESK_REQUEST|FOCUS_REPERTOIRE|DIRECTORY_THEME") String kind,
		@Size(max = 40) String event, @Size(max = 40) @Pattern(regexp = "\\s*(\\d{1,12})?\\s*") String request,
		@Size(max = 40) String repertoire, @Size(max = 100) String theme) {

	TagForm {
		event = (event != null) ? event.strip() : "";
		request = (request != null) ? request : "";
		repertoire = (repertoire != null) ? repertoire.strip() : "";
		theme = (theme != null) ? theme.strip() : "";
	}

	static TagForm empty() {
		return new TagForm("", "", "", "", "");
	}

}
