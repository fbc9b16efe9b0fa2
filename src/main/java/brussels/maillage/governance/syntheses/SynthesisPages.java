package brussels.maillage.governance.syntheses;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.meetings.MeetingsService;

import org.springframework.stereotype.Component;

/** Builds the views of syntheses from the meetings and bodies they belong to. */
@Component
class SynthesisPages {

	private final SynthesesService syntheses;

	private final MeetingsService meetings;

	private final BodiesService bodies;

	private final ZoneId zone;

	SynthesisPages(SynthesesService syntheses, MeetingsService meetings, BodiesService bodies, Clock clock) {
		this.syntheses = syntheses;
		this.meetings = meetings;
		this.bodies = bodies;
		this.zone = clock.getZone();
	}

	ZoneId zone() {
		return this.zone;
	}

	Optional<SynthesisView> view(Synthesis synthesis, Locale locale, boolean publicPage) {
		String wanted = "nl".equals(locale.getLanguage()) ? "nl" : "fr";
		return this.meetings.meeting(synthesis.meetingId())
			.flatMap((meeting) -> this.bodies.body(meeting.bodyId())
				.map((body) -> new SynthesisView(synthesis, meeting, body, this.meetings.date(meeting),
						SynthesisView.languageFor(synthesis, locale, publicPage), wanted)));
	}

	/** The published syntheses, optionally of one territory. */
	List<SynthesisView> published(Locale locale, String territory) {
		return this.syntheses.published()
			.stream()
			.flatMap((synthesis) -> view(synthesis, locale, true).stream())
			.filter((view) -> territory == null || territory.isBlank() || view.body().territory().equals(territory))
			.toList();
	}

}
