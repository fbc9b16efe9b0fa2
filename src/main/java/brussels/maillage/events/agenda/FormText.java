package brussels.maillage.events.agenda;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import brussels.maillage.system.LocalizedText;

/** Text of the event form as typed: blanks, lines, rows of sessions, web addresses. */
final class FormText {

	private FormText() {
	}

	static boolean isWebAddress(String value) {
		if (blank(value) || value.length() > 500) {
			return false;
		}
		try {
			URI uri = URI.create(value.strip());
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	static List<String> rows(List<String> values) {
		List<String> rows = new ArrayList<>((values != null) ? values : List.of());
		while (rows.size() < EventForm.SESSION_ROWS) {
			rows.add("");
		}
		return List.copyOf(
				rows.subList(0, EventForm.SESSION_ROWS).stream().map((value) -> (value != null) ? value : "").toList());
	}

	static List<String> split(String text) {
		return (text == null) ? List.of() : text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	static String at(List<String> values, int index) {
		return (index < values.size()) ? values.get(index) : null;
	}

	static String lines(List<LocalizedText> questions, String language) {
		return String.join("\n", questions.stream().map((question) -> nz(question.get(language))).toList());
	}

	static String number(Integer value) {
		return (value != null) ? value.toString() : "";
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static int length(String value) {
		return (value != null) ? value.strip().length() : 0;
	}

	static String nz(String value) {
		return (value != null) ? value : "";
	}

}
