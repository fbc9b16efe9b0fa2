package brussels.maillage.governance;

import java.util.UUID;

import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.BodyKind;
import brussels.maillage.governance.meetings.MeetingStatus;
import brussels.maillage.governance.meetings.MeetingsService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which council meetings may carry the decision that validates a territory's action plan:
 * a meeting (not cancelled or postponed) of the bassin's action council for a bassin, of
 * the regional action council for the region and for the palliative platform.
 */
@Service
@Transactional(readOnly = true)
public class CouncilMeetings {

	private final MeetingsService meetings;

	private final BodiesService bodies;

	CouncilMeetings(MeetingsService meetings, BodiesService bodies) {
		this.meetings = meetings;
		this.bodies = bodies;
	}

	/**
	 * Whether {@code meetingId} is a meeting of the council of {@code territory}
	 * ({@code REGION}, {@code PALLIATIVE} or a bassin code), neither cancelled nor
	 * postponed.
	 */
	public boolean ofTerritoryCouncil(UUID meetingId, String territory) {
		if (meetingId == null || territory == null) {
			return false;
		}
		return this.meetings.meeting(meetingId)
			.filter((meeting) -> meeting.status() != MeetingStatus.CANCELLED
					&& meeting.status() != MeetingStatus.POSTPONED)
			.flatMap((meeting) -> this.bodies.body(meeting.bodyId()))
			.filter((body) -> ("REGION".equals(territory) || "PALLIATIVE".equals(territory))
					? body.kind() == BodyKind.REGIONAL_COUNCIL
					: body.kind() == BodyKind.BASSIN_COUNCIL && territory.equals(body.territory()))
			.isPresent();
	}

}
