package brussels.maillage.governance.meetings;

import java.util.Set;
import java.util.UUID;

import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.CompositionSource;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The meetings part of a body's page: its meetings and figures of the year. */
@Component
class MeetingsOnBodyPage implements CompositionSource {

	private final MeetingsService meetings;

	MeetingsOnBodyPage(MeetingsService meetings) {
		this.meetings = meetings;
	}

	@Override
	public Set<String> presentCategories(UUID bodyId, int year) {
		return this.meetings.presentCategories(bodyId, year);
	}

	@Override
	public void addMeetings(Body body, int year, Model model) {
		model.addAttribute("meetings", this.meetings.meetings(body.id(), year));
		model.addAttribute("figures", this.meetings.figures(body.id(), year));
		model.addAttribute("distinct", this.meetings.distinctPersons(body.id(), year));
		model.addAttribute("precisions", Precision.values());
	}

}
