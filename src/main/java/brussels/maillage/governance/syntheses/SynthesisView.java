package brussels.maillage.governance.syntheses;

import java.time.LocalDate;
import java.util.Locale;

import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.meetings.Meeting;

/**
 * A synthesis with what the page prints around it: its meeting and body, and the language
 * shown to a reader.
 *
 * @param synthesis the synthesis
 * @param meeting its meeting
 * @param body the meeting's body
 * @param date the meeting's day
 * @param language the language version shown ({@code fr} or {@code nl})
 * @param wanted the language the reader asked for
 */
record SynthesisView(Synthesis synthesis, Meeting meeting, Body body, LocalDate date, String language, String wanted) {

	/**
	 * The version to show a reader of {@code locale}: theirs when published, else the
	 * published one (public), or theirs anyway (staff preview).
	 */
	static String languageFor(Synthesis synthesis, Locale locale, boolean publicPage) {
		String wanted = "nl".equals(locale.getLanguage()) ? "nl" : "fr";
		if (!publicPage || synthesis.published(wanted)) {
			return wanted;
		}
		return wanted.equals("fr") ? "nl" : "fr";
	}

	/** Whether the reader's language version is still in preparation. */
	public boolean otherVersionShown() {
		return !this.language.equals(this.wanted);
	}

}
