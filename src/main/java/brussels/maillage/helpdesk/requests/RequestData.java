package brussels.maillage.helpdesk.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import brussels.maillage.helpdesk.Channel;
import brussels.maillage.helpdesk.HelpdeskRequest;
import brussels.maillage.helpdesk.OrganisationType;
import brussels.maillage.helpdesk.Profession;
import brussels.maillage.helpdesk.RequestKind;
import brussels.maillage.helpdesk.RequestStatus;

/**
 * A checked request, ready to be stored.
 */
record RequestData(Instant receivedAt, Channel channel, String lineCode, Profession profession,
		OrganisationType organisationType, UUID organisationId, String postcode, String communeNis, String bassin,
		String quartier, RequestKind kind, String summary, List<String> themes,
		List<HelpdeskRequest.Orientation> orientations, boolean unmetNeed, String unmetReason,
		List<NewFollowUp> followUps, RequestStatus status, Integer minutesSpent) {

	RequestData {
		themes = List.copyOf(themes);
		orientations = List.copyOf(orientations);
		followUps = List.copyOf(followUps);
	}

	record NewFollowUp(String action, LocalDate dueOn) {
	}

	static HelpdeskRequest.Orientation orientation(UUID id, String name) {
		return new HelpdeskRequest.Orientation(id, name);
	}

}
