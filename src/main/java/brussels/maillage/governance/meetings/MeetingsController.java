package brussels.maillage.governance.meetings;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of meetings: planning, status, attendance. */
@Controller
@RequestMapping("/staff/governance")
class MeetingsController {

	private final MeetingsService meetings;

	private final BodiesService bodies;

	private final MeetingChecks checks;

	private final ZoneId zone;

	MeetingsController(MeetingsService meetings, BodiesService bodies, MeetingChecks checks, Clock clock) {
		this.checks = checks;
		this.meetings = meetings;
		this.bodies = bodies;
		this.zone = clock.getZone();
	}

	@GetMapping("/bodies/{id}/meetings/new")
	String newMeeting(@PathVariable UUID id, Model model, @AuthenticationPrincipal CurrentUser user) {
		Body body = manageable(id, user);
		return form(body, MeetingForm.empty(body.name().fr(), body.name().nl()), model);
	}

	@PostMapping("/bodies/{id}/meetings/new")
	String plan(@PathVariable UUID id, @Validated @ModelAttribute("form") MeetingForm form, BindingResult errors,
			Model model, @AuthenticationPrincipal CurrentUser user) {
		Body body = manageable(id, user);
		MeetingChecks.times(form, errors);
		if (errors.hasErrors()) {
			return form(body, form, model);
		}
		UUID meeting = this.meetings.plan(body,
				new PlanMeeting(form.title(), form.day().atTime(form.start()).atZone(this.zone).toInstant(),
						form.day().atTime(form.end()).atZone(this.zone).toInstant(), form.place(), form.places()),
				user.getUsername());
		return "redirect:/staff/governance/meetings/" + meeting;
	}

	private String form(Body body, MeetingForm form, Model model) {
		model.addAttribute("body", body);
		model.addAttribute("form", form);
		model.addAttribute("fields", MeetingForm.FIELDS);
		return "governance/meeting-form";
	}

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable UUID id, Model model, @AuthenticationPrincipal CurrentUser user) {
		Meeting meeting = find(id);
		Body body = this.bodies.body(meeting.bodyId()).orElseThrow();
		model.addAttribute("body", body);
		model.addAttribute("meeting", meeting);
		model.addAttribute("date", this.meetings.date(meeting));
		model.addAttribute("zone", this.zone);
		model.addAttribute("sheet", this.meetings.sheet(id));
		model.addAttribute("manage", BodiesService.canManage(user, body));
		model.addAttribute("statuses", MeetingStatus.values());
		model.addAttribute("attendanceStatuses", AttendanceStatus.values());
		model.addAttribute("precisions", Precision.values());
		model.addAttribute("participantCategories", this.bodies.participantCategories(body));
		if (!model.containsAttribute("participant")) {
			model.addAttribute("participant", ParticipantForm.empty());
		}
		model.addAttribute("participantFields", ParticipantForm.FIELDS);
		return "governance/meeting";
	}

	@PostMapping("/meetings/{id}/participants")
	String addParticipant(@PathVariable UUID id, @Validated @ModelAttribute("participant") ParticipantForm form,
			BindingResult errors, Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Meeting meeting = find(id);
		manageable(meeting.bodyId(), user);
		Body body = this.bodies.body(meeting.bodyId()).orElseThrow();
		String category = this.checks.category(body, form, errors);
		if (errors.hasErrors()) {
			return meeting(id, model, user);
		}
		this.meetings.addParticipant(id, form.personName(), form.organisationName(), category, user.getUsername());
		redirect.addFlashAttribute("notice", "governance.participants.added");
		return "redirect:/staff/governance/meetings/" + id + "#participants";
	}

	@PostMapping("/meetings/{id}/participants/{participant}/remove")
	String removeParticipant(@PathVariable UUID id, @PathVariable UUID participant,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Meeting meeting = find(id);
		manageable(meeting.bodyId(), user);
		this.meetings.removeParticipant(id, participant);
		redirect.addFlashAttribute("notice", "governance.participants.removed");
		return "redirect:/staff/governance/meetings/" + id + "#participants";
	}

	@PostMapping("/meetings/{id}/status")
	String status(@PathVariable UUID id, @RequestParam MeetingStatus status,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		Meeting meeting = find(id);
		manageable(meeting.bodyId(), user);
		if (status == MeetingStatus.CANCELLED && (reason == null || reason.isBlank())) {
			redirect.addFlashAttribute("reasonMissing", true);
			return "redirect:/staff/governance/meetings/" + id + "#status";
		}
		this.meetings.changeStatus(id, status, reason);
		redirect.addFlashAttribute("notice", "governance.meeting.statusChanged");
		return "redirect:/staff/governance/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/attendance")
	String attendance(@PathVariable UUID id, @RequestParam Map<String, String> fields, Model model,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Meeting meeting = find(id);
		manageable(meeting.bodyId(), user);
		Map<UUID, AttendanceStatus> members = new LinkedHashMap<>();
		Map<String, String> problems = new LinkedHashMap<>();
		try {
			fields.forEach((name, value) -> {
				if (name.startsWith("member-") && value != null && !value.isBlank()) {
					members.put(UUID.fromString(name.substring("member-".length())), AttendanceStatus.valueOf(value));
				}
			});
		}
		catch (IllegalArgumentException ex) {
			// Only a hand-made request names something else than the sheet's choices.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		Integer walkIns = count(fields.get("walkIns"), "walkIns", problems);
		Integer headcount = count(fields.get("headcount"), "headcount", problems);
		Precision precision = null;
		if (fields.get("precision") != null && !fields.get("precision").isBlank()) {
			try {
				precision = Precision.valueOf(fields.get("precision"));
			}
			catch (IllegalArgumentException ex) {
				problems.put("precision", "governance.attendance.error.precision");
			}
		}
		if (headcount != null && precision == null) {
			problems.put("precision", "governance.attendance.error.precision");
		}
		if (!problems.isEmpty()) {
			meeting(id, model, user);
			model.addAttribute("problems", problems);
			model.addAttribute("typed", fields);
			return "governance/meeting";
		}
		try {
			this.meetings.recordAttendance(id, members, (walkIns != null) ? walkIns : 0, headcount, precision,
					user.getUsername());
		}
		catch (IllegalArgumentException ex) {
			// A member who is not on the sheet of that day.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		redirect.addFlashAttribute("notice", "governance.attendance.saved");
		return "redirect:/staff/governance/meetings/" + id + "#attendance";
	}

	@PostMapping("/bodies/{id}/distinct-persons")
	String distinctPersons(@PathVariable UUID id, @RequestParam int year,
			@RequestParam(required = false) String persons, @RequestParam(required = false) String precision,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Body body = manageable(id, user);
		Map<String, String> problems = new LinkedHashMap<>();
		Integer number = count(persons, "persons", problems);
		if (number == null && !problems.containsKey("persons")) {
			problems.put("persons", "governance.attendance.error.count");
		}
		Precision exactness = null;
		try {
			exactness = (precision != null && !precision.isBlank()) ? Precision.valueOf(precision) : null;
		}
		catch (IllegalArgumentException ex) {
			exactness = null;
		}
		if (exactness == null) {
			problems.put("distinctPrecision", "governance.attendance.error.precision");
		}
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute("distinctProblems", problems);
			redirect.addFlashAttribute("distinctTyped", Map.of("persons", (persons != null) ? persons : "", "precision",
					(precision != null) ? precision : ""));
			return "redirect:/staff/governance/bodies/" + id + "?year=" + year + "#distinct";
		}
		this.meetings.recordDistinctPersons(body.id(), year, number, exactness, user.getUsername());
		redirect.addFlashAttribute("notice", "governance.distinct.saved");
		return "redirect:/staff/governance/bodies/" + id + "?year=" + year + "#distinct";
	}

	private static Integer count(String value, String field, Map<String, String> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number < 0 || number > 100000) {
				problems.put(field, "governance.attendance.error.count");
				return null;
			}
			return number;
		}
		catch (NumberFormatException ex) {
			problems.put(field, "governance.attendance.error.count");
			return null;
		}
	}

	private Meeting find(UUID id) {
		return this.meetings.meeting(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Body manageable(UUID id, CurrentUser user) {
		Body body = this.bodies.body(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!BodiesService.canManage(user, body)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return body;
	}

}
