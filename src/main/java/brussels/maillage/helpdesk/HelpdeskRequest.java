package brussels.maillage.helpdesk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A request to the helpdesk as recorded: who called (a profession, never a name), where
 * the situation is, what it is about, what was proposed, and what follows. Free text is
 * {@code null} once erased by the retention job.
 *
 * @param id request id
 * @param receivedAt when it came in
 * @param channel how
 * @param lineCode the line reached, or {@code null} when not recorded
 * @param profession the caller's profession, or {@code null}
 * @param organisationType the caller's kind of organisation, or {@code null}
 * @param organisationId the caller's organisation in the directory, or {@code null}
 * @param postcode postcode of the situation, or {@code null}
 * @param communeNis commune of the situation, or {@code null}
 * @param bassin bassin of the situation, or {@code null}
 * @param kind information or complex situation ({@code null} for a draft)
 * @param summary short summary, or {@code null}
 * @param unmetNeed whether no suitable service was found
 * @param unmetReason why, or {@code null}
 * @param status where it stands
 * @param respondent who took it
 * @param minutesSpent time spent, or {@code null}
 * @param callerEmail the sender of an e-mail request, or {@code null}
 * @param emailSubject subject of an e-mail request, or {@code null}
 * @param erasedAt when free text was erased, or {@code null}
 * @param themes theme codes of the directory's taxonomy
 * @param orientations services proposed
 * @param followUps actions to come
 * @param transfers transfers between lines, oldest first
 */
public record HelpdeskRequest(long id, Instant receivedAt, Channel channel, String lineCode, Profession profession,
		OrganisationType organisationType, UUID organisationId, String postcode, String communeNis, String bassin,
		RequestKind kind, String summary, boolean unmetNeed, String unmetReason, RequestStatus status,
		String respondent, Integer minutesSpent, String callerEmail, String emailSubject, Instant erasedAt,
		List<String> themes, List<Orientation> orientations, List<FollowUp> followUps, List<Transfer> transfers) {

	public HelpdeskRequest {
		themes = List.copyOf(themes);
		orientations = List.copyOf(orientations);
		followUps = List.copyOf(followUps);
		transfers = List.copyOf(transfers);
	}

	/**
	 * A service of the directory proposed to the caller.
	 *
	 * @param serviceId the service's id in the directory
	 * @param name its name when it was proposed
	 */
	public record Orientation(UUID serviceId, String name) {
	}

	/**
	 * An action to take later.
	 *
	 * @param id follow-up id
	 * @param action what
	 * @param dueOn by when
	 * @param done whether it is done
	 */
	public record FollowUp(long id, String action, LocalDate dueOn, boolean done) {
	}

	/**
	 * A transfer from one line to another.
	 *
	 * @param fromLine the line it left, or {@code null}
	 * @param toLine the line it went to
	 * @param at when
	 * @param by who transferred it
	 * @param reason why, or {@code null}
	 */
	public record Transfer(String fromLine, String toLine, Instant at, String by, String reason) {
	}

}
