package brussels.maillage.palliative.referents;

import java.time.LocalDate;
import java.util.List;

import brussels.maillage.palliative.figures.PalliativeFigures;
import brussels.maillage.palliative.referents.ReferentMeeting.MeetingStatus;
import brussels.maillage.system.Problems;
import brussels.maillage.system.forms.Refused;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The palliative team's pages of referent groups: the groups with their bassins over time
 * and the year's rounds, one group with its meetings (plan, split), one meeting (held
 * with its participants, or cancelled). Behind the {@code PalliativeAccess} gate.
 */
@Controller
class ReferentController {

	private static final String BASE = "/staff/palliative/referents";

	private final ReferentService referents;

	ReferentController(ReferentService referents) {
		this.referents = referents;
	}

	@GetMapping(BASE)
	String list(@RequestParam(required = false) String year, Model model) {
		int thisYear = this.referents.today().getYear();
		Integer read = Problems.yearParameter(year, thisYear);
		// A year that cannot be read is said next to the field, which keeps what was
		// typed.
		model.addAttribute("yearError", read == null);
		model.addAttribute("typedYear", (year != null && !year.isBlank()) ? year : String.valueOf(thisYear));
		return page((read != null) ? read : thisYear, model);
	}

	private String page(int shown, Model model) {
		if (!model.containsAttribute("groupForm")) {
			model.addAttribute("groupForm", GroupForm.empty(this.referents.today()));
		}
		model.addAttribute("year", shown);
		model.addAttribute("groups", this.referents.groups());
		model.addAttribute("rounds", this.referents.rounds(shown));
		model.addAttribute("allBassins", PalliativeFigures.BASSINS);
		return "palliative/referents";
	}

	@PostMapping(BASE)
	String create(@Validated @ModelAttribute("groupForm") GroupForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		List<String> bassins = ReferentChecks.bassins(form.bassins(), errors);
		LocalDate from = ReferentChecks.date(form.validFrom(), "validFrom", errors);
		if (!errors.hasErrors()) {
			try {
				long id = this.referents.create(form.name().strip(), bassins, from);
				redirect.addFlashAttribute("notice", "palliative.referents.created");
				return "redirect:" + BASE + "/" + id;
			}
			catch (Refused refused) {
				refused.showOn(errors);
			}
		}
		return list(null, model);
	}

	@GetMapping(BASE + "/{id}")
	String show(@PathVariable long id, Model model) {
		if (!model.containsAttribute("meetingForm")) {
			model.addAttribute("meetingForm", MeetingForm.empty());
		}
		if (!model.containsAttribute("splitForm")) {
			model.addAttribute("splitForm", SplitForm.empty());
		}
		ReferentGroup group = this.referents.group(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("group", group);
		model.addAttribute("meetings", this.referents.meetings(id));
		return "palliative/referent-group";
	}

	@PostMapping(BASE + "/{id}/meetings")
	String plan(@PathVariable long id, @Validated @ModelAttribute("meetingForm") MeetingForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		LocalDate day = ReferentChecks.date(form.heldOn(), "heldOn", errors);
		if (!errors.hasErrors()) {
			try {
				long meeting = this.referents.plan(id, day);
				redirect.addFlashAttribute("notice", "palliative.referents.meeting.plannedNotice");
				return "redirect:" + BASE + "/meetings/" + meeting;
			}
			catch (Refused refused) {
				refused.showOn(errors);
			}
		}
		return show(id, model);
	}

	@PostMapping(BASE + "/{id}/split")
	String split(@PathVariable long id, @Validated @ModelAttribute("splitForm") SplitForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		LocalDate from = ReferentChecks.date(form.splitOn(), "splitOn", errors);
		if (!errors.hasErrors()) {
			try {
				long created = this.referents.split(id, form.bassin(), from, form.newName().strip());
				redirect.addFlashAttribute("notice", "palliative.referents.splitNotice");
				return "redirect:" + BASE + "/" + created;
			}
			catch (Refused refused) {
				refused.showOn(errors);
			}
		}
		return show(id, model);
	}

	@GetMapping(BASE + "/meetings/{id}")
	String meeting(@PathVariable long id, Model model) {
		ReferentMeeting meeting = this.referents.meeting(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!model.containsAttribute("attendanceForm")) {
			// what was recorded, to correct it
			model.addAttribute("attendanceForm",
					(meeting.status() == MeetingStatus.PLANNED) ? AttendanceForm.empty()
							: new AttendanceForm(meeting.status().name(),
									(meeting.participants() != null) ? String.valueOf(meeting.participants()) : ""));
		}
		model.addAttribute("meeting", meeting);
		model.addAttribute("group", this.referents.group(meeting.groupId()).orElseThrow());
		model.addAttribute("outcomes", List.of(MeetingStatus.HELD, MeetingStatus.CANCELLED));
		return "palliative/referent-meeting";
	}

	@PostMapping(BASE + "/meetings/{id}")
	String record(@PathVariable long id, @Validated @ModelAttribute("attendanceForm") AttendanceForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		this.referents.meeting(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Integer participants = ReferentChecks.attendance(form, errors);
		if (!errors.hasErrors()) {
			try {
				this.referents.record(id, MeetingStatus.valueOf(form.meetingStatus().strip()), participants);
				redirect.addFlashAttribute("notice", "palliative.referents.meeting.recordedNotice");
				return "redirect:" + BASE + "/meetings/" + id;
			}
			catch (Refused refused) {
				refused.showOn(errors);
			}
		}
		return meeting(id, model);
	}

}
