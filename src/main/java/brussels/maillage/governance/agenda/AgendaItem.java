package brussels.maillage.governance.agenda;

import java.util.UUID;

/**
 * One numbered item of a meeting's agenda.
 *
 * @param id item id
 * @param meetingId the meeting
 * @param position its number on the agenda, from 1
 * @param titleFr French title, or {@code null}
 * @param titleNl Dutch title, or {@code null}
 * @param minutes how long it is planned to take, or {@code null}
 * @param proposalId the proposal it treats, or {@code null}
 */
public record AgendaItem(UUID id, UUID meetingId, int position, String titleFr, String titleNl, Integer minutes,
		UUID proposalId) {

	/**
	 * The title in {@code language} ({@code fr} or {@code nl}), else in the other one.
	 */
	public String title(String language) {
		return ("nl".equals(language) && this.titleNl != null) || this.titleFr == null ? this.titleNl : this.titleFr;
	}

	/** The language {@link #title} answers in. */
	public String titleLanguage(String language) {
		return (title(language) == this.titleNl) ? "nl" : "fr";
	}

}
