package brussels.maillage.governance.syntheses;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The synthesis of a meeting.
 *
 * @param id synthesis id
 * @param meetingId the meeting
 * @param statusFr status of the French version
 * @param statusNl status of the Dutch version
 * @param publishedFrAt when the French version was published, or {@code null}
 * @param publishedNlAt when the Dutch version was published, or {@code null}
 * @param participants participants counted at the first publication, or {@code null}
 * @param items the items, by section and position
 */
public record Synthesis(UUID id, UUID meetingId, VersionStatus statusFr, VersionStatus statusNl, Instant publishedFrAt,
		Instant publishedNlAt, Integer participants, List<Item> items) {

	public Synthesis {
		items = List.copyOf(items);
	}

	/** The status of the version in {@code language} ({@code fr} or {@code nl}). */
	public VersionStatus status(String language) {
		return "nl".equals(language) ? this.statusNl : this.statusFr;
	}

	/** Whether the version in {@code language} is published. */
	public boolean published(String language) {
		return status(language) == VersionStatus.PUBLISHED;
	}

	/** Whether some language is published. */
	public boolean published() {
		return published("fr") || published("nl");
	}

	/** The items of one section, in order. */
	public List<Item> items(Section section) {
		return this.items.stream().filter((item) -> item.section() == section).toList();
	}

	/**
	 * One item.
	 *
	 * @param id item id
	 * @param section its section
	 * @param position order within the section
	 * @param textFr French text, or {@code null}
	 * @param textNl Dutch text, or {@code null}
	 */
	public record Item(UUID id, Section section, int position, String textFr, String textNl) {

		/** The text in {@code language}, or {@code null}. */
		public String text(String language) {
			return "nl".equals(language) ? this.textNl : this.textFr;
		}

	}

}
