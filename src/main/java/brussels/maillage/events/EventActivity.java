package brussels.maillage.events;

import java.util.List;

/**
 * What the annual report counts of an event beyond its registrations.
 *
 * @param unlisted given inside a team or an organisation: absent from the public agenda,
 * the iCal feeds and the API list, reachable by its link, counted in the figures
 * @param headcount people present when they were counted rather than registered, or
 * {@code null}
 * @param exactness how exact the headcount is, {@code null} without one
 * @param requestingTerritory where the request for the session came from ({@code REGION}
 * or a bassin), or {@code null}
 * @param completionSessions for a cycle, the sessions a participant attends to have
 * completed it (8 of 10, say), or {@code null} without a rule
 * @param replayUrl where a webinar can be watched again, or {@code null}
 */
public record EventActivity(boolean unlisted, Integer headcount, HeadcountExactness exactness,
		String requestingTerritory, Integer completionSessions, String replayUrl) {

	/** A public event counted from its registrations. */
	public static final EventActivity NONE = new EventActivity(false, null, null, null, null, null);

	static final List<String> TERRITORIES = List.of("REGION", "NORD", "NORD_EST", "SUD", "SUD_EST", "CENTRE_OUEST");

	public EventActivity {
		if (headcount != null && (headcount < 0 || headcount > 100_000)) {
			throw new IllegalArgumentException("A headcount is between 0 and 100,000");
		}
		exactness = (headcount == null) ? null : (exactness != null) ? exactness : HeadcountExactness.EXACT;
		if (requestingTerritory != null && !TERRITORIES.contains(requestingTerritory)) {
			throw new IllegalArgumentException("Unknown territory " + requestingTerritory);
		}
		if (completionSessions != null && completionSessions < 1) {
			throw new IllegalArgumentException("A completion rule asks for one session at least");
		}
	}

}
