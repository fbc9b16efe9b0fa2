package brussels.maillage.governance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.meetings.Meeting;
import brussels.maillage.governance.proposals.Proposal;
import brussels.maillage.governance.syntheses.Section;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public governance API, shaped after OParl where it fits: bodies (OParl
 * Organization), meetings (Meeting), published syntheses (Paper) and the public trace of
 * a proposal (Consultation). Counts only: no member's name or address.
 */
@RestController
@Tag(name = "Governance", description = "Councils, workshops, consultations, their meetings, syntheses, proposals")
class GovernanceApiController {

	private final GovernanceApi api;

	private final Problems problems;

	GovernanceApiController(GovernanceApi api, Problems problems) {
		this.api = api;
		this.problems = problems;
	}

	@GetMapping("/api/governance/bodies")
	@Operation(summary = "The bodies: bassin and regional councils, working groups, workshop and consultation series",
			description = "Like an OParl Organization. Councils and working groups give how many members accepted "
					+ "or active this year, never who.")
	List<BodyJson> bodies() {
		int year = this.api.thisYear();
		return this.api.bodies()
			.stream()
			.map((body) -> new BodyJson(body.id(), "Organization", body.code(), body.name(), body.kind().name(),
					body.territory(), (body.theme() != null) ? body.theme().name() : null, year,
					body.kind().hasMembers() ? this.api.members(body, year) : null))
			.toList();
	}

	@GetMapping("/api/governance/meetings")
	@Operation(summary = "The meetings of a year, of every body or of one", description = "Like an OParl Meeting.")
	@ApiResponse(responseCode = "200", description = "The meetings, by start")
	@ApiResponse(responseCode = "400", description = "The year or the body is not known",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> meetings(
			@Parameter(description = "the year, this year by default") @RequestParam(required = false) String year,
			@Parameter(description = "a body's code (for example CAB-SUD) or id; all bodies by default") @RequestParam(
					required = false) String body,
			Locale locale, HttpServletRequest request) {
		Integer shown = Problems.yearParameter(year, this.api.thisYear());
		if (shown == null) {
			return this.problems.badRequest("year", "governance.api.year", locale, request.getRequestURI());
		}
		List<Body> of = this.api.bodies();
		if (body != null && !body.isBlank()) {
			Body one = this.api.body(body).orElse(null);
			if (one == null) {
				return this.problems.badRequest("body", "governance.api.body", locale, request.getRequestURI());
			}
			of = List.of(one);
		}
		Map<UUID, Body> byId = new java.util.HashMap<>();
		this.api.bodies().forEach((each) -> byId.put(each.id(), each));
		String base = base();
		List<MeetingJson> items = this.api.meetings(of, shown)
			.stream()
			.map((meeting) -> meeting(meeting, byId.get(meeting.bodyId()), base))
			.toList();
		return ResponseEntity.ok(new MeetingsJson(shown, items));
	}

	@GetMapping("/api/governance/syntheses")
	@Operation(summary = "The published syntheses, newest first",
			description = "Like an OParl Paper. Only the language versions already published are given.")
	@ApiResponse(responseCode = "200", description = "The published syntheses")
	@ApiResponse(responseCode = "400",
			description = "The year is not a year from 2000 to 2100 or the territory is not known",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> syntheses(
			@Parameter(description = "the territory of the meetings' bodies: REGION or a bassin code (for example "
					+ "SUD); every territory by default") @RequestParam(required = false) String territory,
			@Parameter(description = "the year of the meetings, every year by default") @RequestParam(
					required = false) String year,
			Locale locale, HttpServletRequest request) {
		String where = null;
		if (territory != null && !territory.isBlank()) {
			where = territory.strip().toUpperCase(Locale.ROOT).replace('-', '_');
			if (!this.api.territories().contains(where)) {
				return this.problems.badRequest("territory", "governance.api.territory", locale,
						request.getRequestURI());
			}
		}
		Integer shown = null;
		if (year != null && !year.isBlank()) {
			shown = Problems.yearParameter(year, 0);
			if (shown == null) {
				return this.problems.badRequest("year", "governance.api.year", locale, request.getRequestURI());
			}
		}
		String base = base();
		String only = where;
		return ResponseEntity.ok(this.api.published(shown)
			.stream()
			.filter((p) -> only == null || only.equals(p.body().territory()))
			.map((p) -> paper(p, base))
			.toList());
	}

	@GetMapping("/api/governance/proposals/{id}")
	@Operation(summary = "The public trace of a proposal: synthesis, council, meeting, answer",
			description = "Like an OParl Consultation of a Paper by an Organization.")
	@ApiResponse(responseCode = "200", description = "The trace")
	@ApiResponse(responseCode = "400", description = "The id is not an id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such proposal",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> proposal(@Parameter(description = "the proposal's id") @PathVariable String id, Locale locale,
			HttpServletRequest request) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id.strip());
		}
		catch (IllegalArgumentException ex) {
			return this.problems.badRequest("id", "governance.api.id", locale, request.getRequestURI());
		}
		Proposal proposal = this.api.proposal(uuid).orElse(null);
		if (proposal == null) {
			ProblemDetail problem = this.problems.of(HttpStatus.NOT_FOUND, locale, request.getRequestURI());
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		return ResponseEntity.ok(consultation(proposal, base()));
	}

	@GetMapping("/api/governance/proposals")
	@Operation(summary = "The proposals made to the councils, with their status, answer and public trace",
			description = "Each as in /api/governance/proposals/{id}; oldest first. The year is the year of submission.")
	@ApiResponse(responseCode = "200", description = "The proposals")
	@ApiResponse(responseCode = "400", description = "The council is not a known council or the year is not a year",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> proposals(@Parameter(
			description = "a council's code (for example CAB-SUD) or id; every council by default") @RequestParam(
					required = false) String council,
			@Parameter(description = "the year of submission, every year by default") @RequestParam(
					required = false) String year,
			Locale locale, HttpServletRequest request) {
		Integer shown = null;
		if (year != null && !year.isBlank()) {
			shown = Problems.yearParameter(year, 0);
			if (shown == null) {
				return this.problems.badRequest("year", "governance.api.year", locale, request.getRequestURI());
			}
		}
		List<Body> councils = this.api.bodies().stream().filter((body) -> body.kind().council()).toList();
		if (council != null && !council.isBlank()) {
			Body one = this.api.body(council).filter((body) -> body.kind().council()).orElse(null);
			if (one == null) {
				return this.problems.badRequest("council", "governance.api.council", locale, request.getRequestURI());
			}
			councils = List.of(one);
		}
		String base = base();
		return ResponseEntity
			.ok(this.api.proposals(councils, shown).stream().map((proposal) -> consultation(proposal, base)).toList());
	}

	private ConsultationJson consultation(Proposal proposal, String base) {
		Body council = this.api.council(proposal).orElseThrow();
		Meeting meeting = (proposal.councilMeetingId() != null)
				? this.api.meeting(proposal.councilMeetingId()).orElse(null) : null;
		return new ConsultationJson(proposal.id(), "Consultation", base + "/gouvernance/propositions/" + proposal.id(),
				texts(proposal.textFr(), proposal.textNl()), proposal.status().name(),
				(proposal.theme() != null) ? proposal.theme().name() : null, proposal.mergedIntoId(),
				this.api.origin(proposal).map((p) -> paper(p, base)).orElse(null), council.code(),
				time(proposal.submittedAt()), time(proposal.scheduledAt()),
				(meeting != null) ? meeting(meeting, council, base) : null,
				texts(proposal.answerFr(), proposal.answerNl()), time(proposal.answeredAt()),
				this.api.planActions(proposal)
					.stream()
					.map((action) -> new PlanActionJson(action.territory(), action.year(), action.reference(),
							texts(action.titleFr(), action.titleNl()),
							action.statusKey().substring(action.statusKey().lastIndexOf('.') + 1)))
					.toList());
	}

	private MeetingJson meeting(Meeting meeting, Body body, String base) {
		return new MeetingJson(meeting.id(), "Meeting", meeting.title(), (body != null) ? body.code() : null,
				time(meeting.startsAt()), time(meeting.endsAt()), meeting.place(), meeting.status().name(),
				meeting.status() == brussels.maillage.governance.meetings.MeetingStatus.CANCELLED,
				this.api.participants(meeting),
				(meeting.headcount() != null && meeting.precision() != null) ? meeting.precision().name() : null,
				(meeting.eventId() != null) ? base + "/agenda/" + meeting.eventId() : null);
	}

	private static PaperJson paper(GovernanceApi.Published p, String base) {
		String web = base + "/gouvernance/syntheses/" + p.synthesis().id();
		Map<String, String> pdf = new java.util.LinkedHashMap<>();
		p.languages().forEach((language) -> pdf.put(language, web + "/synthese.pdf?lang=" + language));
		return new PaperJson(p.synthesis().id(), "Paper", web, p.body().name(), p.body().code(), p.body().territory(),
				(p.body().theme() != null) ? p.body().theme().name() : null, p.date(), p.meeting().id(), p.languages(),
				p.synthesis().participants(), pdf, p.items(Section.CONTEXT), p.items(Section.FINDING),
				p.items(Section.LEAD), p.items(Section.PROPOSAL));
	}

	private static Map<String, String> texts(String fr, String nl) {
		Map<String, String> texts = new java.util.LinkedHashMap<>();
		if (fr != null) {
			texts.put("fr", fr);
		}
		if (nl != null) {
			texts.put("nl", nl);
		}
		return texts;
	}

	private OffsetDateTime time(Instant instant) {
		return (instant != null) ? this.api.zoned(instant).toOffsetDateTime() : null;
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	record BodyJson(UUID id, String type, String shortName, LocalizedText name, String classification, String territory,
			String theme, int year, Integer members) {
	}

	record MeetingsJson(int year, List<MeetingJson> meetings) {
	}

	record MeetingJson(UUID id, String type, LocalizedText name, String organization, OffsetDateTime start,
			OffsetDateTime end, String location, String meetingState, boolean cancelled, Integer participants,
			String participantsPrecision, String agendaUrl) {
	}

	record PaperJson(UUID id, String type, String web, LocalizedText name, String organization, String territory,
			String theme, LocalDate date, UUID meeting, List<String> languages, Integer participants,
			Map<String, String> pdf, List<Map<String, String>> context, List<Map<String, String>> findings,
			List<Map<String, String>> leads, List<Map<String, String>> proposals) {
	}

	record ConsultationJson(UUID id, String type, String web, Map<String, String> text, String status, String theme,
			UUID mergedInto, PaperJson origin, String organization, OffsetDateTime submitted, OffsetDateTime scheduled,
			MeetingJson meeting, Map<String, String> answer, OffsetDateTime answered,
			List<PlanActionJson> planActions) {
	}

	record PlanActionJson(String territory, int year, String reference, Map<String, String> title, String status) {
	}

}
