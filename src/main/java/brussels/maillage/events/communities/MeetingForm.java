package brussels.maillage.events.communities;

import java.io.Serializable;

/**
 * A new meeting of a community as typed (its rules in {@link CommunityChecks});
 * serializable, for it is kept in the session across the redirect when it is refused.
 *
 * @param heldOn the day, as typed (yyyy-mm-dd)
 * @param topic what it was about
 */
record MeetingForm(String heldOn, String topic) implements Serializable {

	MeetingForm {
		heldOn = (heldOn != null) ? heldOn : "";
		topic = (topic != null) ? topic : "";
	}

}
