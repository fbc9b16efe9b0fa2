package brussels.maillage.events.communities;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import brussels.maillage.events.EventsService;
import brussels.maillage.identity.CurrentUser;

import org.springframework.validation.Errors;

/**
 * The rules of the communities' forms, each message next to its field: a name in French
 * or Dutch, a territory the person works for; a member's name; a meeting's day and topic.
 */
final class CommunityChecks {

	private CommunityChecks() {
	}

	/** Whether the new community can be created by {@code user}. */
	static boolean community(CommunityForm form, CurrentUser user, Errors errors) {
		if (form.nameFr().isBlank() && form.nameNl().isBlank() || form.nameFr().length() > 200
				|| form.nameNl().length() > 200) {
			errors.rejectValue("nameFr", "events.form.error.title");
		}
		if (!EventsService.TERRITORIES.contains(form.territory())) {
			errors.rejectValue("territory", "events.form.error.territory");
		}
		else if (!user.worksFor(EventsService.scope(form.territory()))) {
			errors.rejectValue("territory", "events.form.error.notYourTerritory");
		}
		return !errors.hasErrors();
	}

	/** Whether the member can be added. */
	static boolean member(MemberForm form, Errors errors) {
		if (form.name().isBlank() || form.name().length() > 200 || form.profession().length() > 200) {
			errors.rejectValue("name", "events.register.error.name");
		}
		return !errors.hasErrors();
	}

	/** The meeting's day, or {@code null} when the day or the topic is refused. */
	static LocalDate meeting(MeetingForm form, Errors errors) {
		try {
			LocalDate day = LocalDate.parse(form.heldOn().strip());
			if (!form.topic().isBlank() && form.topic().length() <= 300) {
				return day;
			}
		}
		catch (DateTimeParseException ex) {
			// refused below
		}
		errors.rejectValue("heldOn", "events.community.error.meeting");
		return null;
	}

}
