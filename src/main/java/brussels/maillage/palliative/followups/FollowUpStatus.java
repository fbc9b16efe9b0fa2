package brussels.maillage.palliative.followups;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a follow-up stands: referred → active ⇄ on hold → closed, or cancelled, or
 * entered in error (then it counts nowhere).
 */
enum FollowUpStatus {

	REFERRED, ACTIVE, ON_HOLD, CLOSED, CANCELLED, ENTERED_IN_ERROR;

	/** The statuses a follow-up in this one may move to. */
	public Set<FollowUpStatus> next() {
		return switch (this) {
			case REFERRED -> EnumSet.of(ACTIVE, CANCELLED, ENTERED_IN_ERROR);
			case ACTIVE -> EnumSet.of(ON_HOLD, CLOSED, CANCELLED, ENTERED_IN_ERROR);
			case ON_HOLD -> EnumSet.of(ACTIVE, CLOSED, CANCELLED, ENTERED_IN_ERROR);
			case CLOSED, CANCELLED -> EnumSet.of(ENTERED_IN_ERROR);
			case ENTERED_IN_ERROR -> EnumSet.noneOf(FollowUpStatus.class);
		};
	}

	/** Whether the follow-up is over (no more visits). */
	public boolean ended() {
		return this == CLOSED || this == CANCELLED || this == ENTERED_IN_ERROR;
	}

}
