package brussels.maillage.events.communities;

import java.io.Serializable;

/**
 * A new member of a community as typed (its rules in {@link CommunityChecks});
 * serializable, for it is kept in the session across the redirect when it is refused.
 *
 * @param name the member's name
 * @param profession their profession, optional
 */
record MemberForm(String name, String profession) implements Serializable {

	MemberForm {
		name = (name != null) ? name : "";
		profession = (profession != null) ? profession : "";
	}

}
