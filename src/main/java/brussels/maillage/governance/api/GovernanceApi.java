package brussels.maillage.governance.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.Composition;
import brussels.maillage.governance.bodies.MembershipStatus;
import brussels.maillage.governance.meetings.Meeting;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.proposals.Proposal;
import brussels.maillage.governance.proposals.ProposalsService;
import brussels.maillage.governance.syntheses.Section;
import brussels.maillage.governance.syntheses.SynthesesService;
import brussels.maillage.governance.syntheses.Synthesis;

import org.springframework.stereotype.Component;

/**
 * Reads the governance services into the public shapes of the API and the feed: counts,
 * never a member's name; only the published language versions of a synthesis.
 */
@Component
class GovernanceApi {

	private final BodiesService bodies;

	private final MeetingsService meetings;

	private final SynthesesService syntheses;

	private final ProposalsService proposals;

	private final Clock clock;

	GovernanceApi(BodiesService bodies, MeetingsService meetings, SynthesesService syntheses,
			ProposalsService proposals, Clock clock) {
		this.bodies = bodies;
		this.meetings = meetings;
		this.syntheses = syntheses;
		this.proposals = proposals;
		this.clock = clock;
	}

	int thisYear() {
		return LocalDate.now(this.clock).getYear();
	}

	List<Body> bodies() {
		return this.bodies.bodies();
	}

	/** The territories of the bodies: {@code REGION} and the bassin codes. */
	java.util.Set<String> territories() {
		java.util.Set<String> territories = new java.util.TreeSet<>();
		this.bodies.bodies().forEach((body) -> territories.add(body.territory()));
		return territories;
	}

	/** A body by its code ({@code CAB-SUD}) or its id. */
	Optional<Body> body(String codeOrId) {
		Optional<Body> byCode = this.bodies.body(codeOrId.strip());
		if (byCode.isPresent()) {
			return byCode;
		}
		try {
			return this.bodies.body(UUID.fromString(codeOrId.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** Members accepted or active in {@code year}: a count, never names. */
	int members(Body body, int year) {
		return (int) this.bodies.memberships(body.id(), year)
			.stream()
			.filter((m) -> m.status() == MembershipStatus.ACCEPTED || m.status() == MembershipStatus.ACTIVE)
			.count();
	}

	List<Meeting> meetings(List<Body> of, int year) {
		List<Meeting> all = new ArrayList<>();
		for (Body body : of) {
			all.addAll(this.meetings.meetings(body.id(), year));
		}
		all.sort(Comparator.comparing(Meeting::startsAt));
		return all;
	}

	Optional<Meeting> meeting(UUID id) {
		return this.meetings.meeting(id);
	}

	LocalDate date(Meeting meeting) {
		return this.meetings.date(meeting);
	}

	ZonedDateTime zoned(java.time.Instant instant) {
		return instant.atZone(this.clock.getZone());
	}

	/** The participants of a held meeting (a count), or {@code null}. */
	Integer participants(Meeting meeting) {
		return meeting.status().held() ? this.meetings.sheet(meeting.id()).participants() : null;
	}

	/** Published syntheses (some language published) with their meeting and body. */
	List<Published> published(Integer year) {
		List<Published> all = new ArrayList<>();
		for (Synthesis synthesis : this.syntheses.published()) {
			Meeting meeting = this.meetings.meeting(synthesis.meetingId()).orElse(null);
			Body body = (meeting != null) ? this.bodies.body(meeting.bodyId()).orElse(null) : null;
			if (body == null) {
				continue;
			}
			LocalDate date = this.meetings.date(meeting);
			if (year == null || date.getYear() == year) {
				all.add(new Published(synthesis, meeting, body, date));
			}
		}
		all.sort(Comparator.comparing(Published::date).reversed());
		return all;
	}

	Optional<Proposal> proposal(UUID id) {
		return this.proposals.proposal(id);
	}

	Optional<Published> origin(Proposal proposal) {
		if (proposal.originItemId() == null) {
			return Optional.empty();
		}
		return this.syntheses.ofItem(proposal.originItemId())
			.filter(Synthesis::published)
			.flatMap((synthesis) -> this.meetings.meeting(synthesis.meetingId())
				.flatMap((meeting) -> this.bodies.body(meeting.bodyId())
					.map((body) -> new Published(synthesis, meeting, body, this.meetings.date(meeting)))));
	}

	List<brussels.maillage.governance.PlanLinks.PlanAction> planActions(Proposal proposal) {
		return this.proposals.planActions(proposal.id());
	}

	Optional<Body> council(Proposal proposal) {
		return this.bodies.body(proposal.councilId());
	}

	/**
	 * The proposals submitted in {@code year} (when given) to these councils, oldest
	 * first.
	 */
	List<Proposal> proposals(List<Body> councils, Integer year) {
		List<Proposal> all = new ArrayList<>();
		for (Body council : councils) {
			for (Proposal proposal : this.proposals.ofCouncil(council.id())) {
				if (year == null || zoned(proposal.submittedAt()).getYear() == year) {
					all.add(proposal);
				}
			}
		}
		all.sort(Comparator.comparing(Proposal::submittedAt));
		return all;
	}

	/**
	 * A council's or working group's categories for a year: invited, seated, present at
	 * least once (working groups have no legal list, so none).
	 */
	Composition composition(Body body, int year) {
		return this.bodies.composition(body, year, this.meetings.presentCategories(body.id(), year));
	}

	/**
	 * A published synthesis and what it belongs to.
	 *
	 * @param synthesis the synthesis
	 * @param meeting its meeting
	 * @param body the meeting's body
	 * @param date the meeting's day
	 */
	record Published(Synthesis synthesis, Meeting meeting, Body body, LocalDate date) {

		List<String> languages() {
			return java.util.stream.Stream.of("fr", "nl").filter(this.synthesis::published).toList();
		}

		/** The items of one section, only in the published languages. */
		List<Map<String, String>> items(Section section) {
			return this.synthesis.items(section).stream().map((item) -> {
				Map<String, String> texts = new LinkedHashMap<>();
				for (String language : languages()) {
					texts.put(language, item.text(language));
				}
				return texts;
			}).toList();
		}

	}

}
