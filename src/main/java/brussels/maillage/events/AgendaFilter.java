package brussels.maillage.events;

/**
 * The agenda's filters, each optional.
 *
 * @param territory {@code REGION} or a bassin code
 * @param kind a kind of event
 * @param theme a directory theme code
 */
public record AgendaFilter(String territory, EventKind kind, String theme) {

	/** No filter. */
	public static final AgendaFilter NONE = new AgendaFilter(null, null, null);

}
