package brussels.maillage.events;

/**
 * What kind of meeting an event is; the agenda, the figures and the feeds filter by it.
 */
public enum EventKind {

	INFO_SESSION, WEBINAR, TRAINING, FORUM, WORKSHOP, CONSULTATION, COMMUNITY_MEETING, OPEN_DOORS_VISIT;

	/** The kind named {@code code}, or {@code null} when it names none. */
	public static EventKind parse(String code) {
		for (EventKind kind : values()) {
			if (kind.name().equalsIgnoreCase(code)) {
				return kind;
			}
		}
		return null;
	}

}
