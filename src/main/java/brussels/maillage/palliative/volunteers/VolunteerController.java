package brussels.maillage.palliative.volunteers;

import java.time.LocalDate;

import brussels.maillage.palliative.forms.PalliativeInput;
import brussels.maillage.system.Problems;
import brussels.maillage.system.forms.Refused;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

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
 * The palliative team's pages of volunteer candidates: the list with the year's figures,
 * a new candidate, one candidate with the interview and the training cycle. The
 * {@code PalliativeAccess} gate has already turned away anyone outside the team.
 */
@Controller
class VolunteerController {

	private static final String BASE = "/staff/palliative/volunteers";

	private final VolunteerService volunteers;

	private final VolunteerActivities activities;

	private final MessageSource messages;

	VolunteerController(VolunteerService volunteers, VolunteerActivities activities, MessageSource messages) {
		this.volunteers = volunteers;
		this.activities = activities;
		this.messages = messages;
	}

	@GetMapping(BASE)
	String list(@RequestParam(required = false) String year, Model model) {
		int thisYear = this.volunteers.today().getYear();
		Integer read = Problems.yearParameter(year, thisYear);
		// A year that cannot be read is said next to the field, which keeps what was
		// typed.
		model.addAttribute("yearError", read == null);
		model.addAttribute("typedYear", (year != null && !year.isBlank()) ? year : String.valueOf(thisYear));
		return listPage((read != null) ? read : thisYear, model);
	}

	/**
	 * The list with the figures of {@code year}, this year's when it is not 2000 to 2100.
	 */
	private String listPage(Integer year, Model model) {
		int shown = (year != null && year >= 2000 && year <= 2100) ? year : this.volunteers.today().getYear();
		if (!model.containsAttribute("cycleForm")) {
			model.addAttribute("cycleForm", CycleForm.empty());
		}
		if (!model.containsAttribute("groupForm")) {
			model.addAttribute("groupForm", GroupMeetingForm.empty());
		}
		model.addAttribute("figures", this.volunteers.figures(shown));
		model.addAttribute("groupFigures", this.activities.groupFigures(shown));
		model.addAttribute("cycles", this.activities.cycles(shown));
		model.addAttribute("meetings", this.activities.meetings(shown));
		model.addAttribute("rule", this.activities.rule());
		model.addAttribute("candidates", this.volunteers.list());
		model.addAttribute("retention",
				HumanPeriod.of(this.volunteers.retention(), this.messages, LocaleContextHolder.getLocale()));
		return "palliative/volunteers";
	}

	@PostMapping(BASE + "/cycles")
	String createCycle(@Validated @ModelAttribute("cycleForm") CycleForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		LocalDate first = VolunteerChecks.day(form.firstDay(), "firstDay", errors);
		Integer sessions = VolunteerChecks.whole(form.sessions(), "sessions", 1, 60, errors);
		Integer every = VolunteerChecks.whole(form.everyDays(), "everyDays", 1, 60, errors);
		if (errors.hasErrors()) {
			return listPage((first != null) ? first.getYear() : null, model);
		}
		this.activities.createCycle(form.name().strip(), first, sessions, every);
		redirect.addFlashAttribute("notice", "palliative.volunteers.cycle.created");
		return "redirect:" + BASE + "?year=" + first.getYear();
	}

	@PostMapping(BASE + "/groups")
	String recordGroup(@Validated @ModelAttribute("groupForm") GroupMeetingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		LocalDate day = VolunteerChecks.date(form.meetingOn(), "meetingOn", errors, this.volunteers.today());
		boolean held = "HELD".equals(PalliativeInput.blankToNull(form.meetingStatus()));
		Integer participants = held ? VolunteerChecks.whole(form.participants(), "participants", 0, 999, errors) : null;
		if (errors.hasErrors()) {
			return listPage(null, model);
		}
		this.activities.recordMeeting(form.group().strip(), day, held, participants);
		redirect.addFlashAttribute("notice", "palliative.volunteers.group.recorded");
		return "redirect:" + BASE + "?year=" + day.getYear();
	}

	@GetMapping(BASE + "/new")
	String newCandidate(Model model) {
		model.addAttribute("form", CandidateForm.empty(this.volunteers.today()));
		return form(model);
	}

	@PostMapping(BASE)
	String add(@Validated @ModelAttribute("form") CandidateForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		VolunteerChecks.contact(form, errors);
		LocalDate appliedOn = VolunteerChecks.date(form.appliedOn(), "appliedOn", errors, this.volunteers.today());
		if (errors.hasErrors()) {
			return form(model);
		}
		long id = this.volunteers.add(form.fullName().strip(), VolunteerChecks.blankToNull(form.email()),
				VolunteerChecks.blankToNull(form.phone()), Language.valueOf(form.language()),
				Source.valueOf(form.source()), appliedOn);
		redirect.addFlashAttribute("notice", "palliative.volunteer.added");
		return "redirect:" + BASE + "/" + id;
	}

	@GetMapping(BASE + "/{id}")
	String show(@PathVariable long id, Model model) {
		if (!model.containsAttribute("interviewForm")) {
			model.addAttribute("interviewForm", InterviewForm.empty(this.volunteers.today()));
		}
		if (!model.containsAttribute("trainingForm")) {
			model.addAttribute("trainingForm", TrainingForm.empty(this.volunteers.today().getYear()));
		}
		return page(id, model);
	}

	@PostMapping(BASE + "/{id}/interview")
	String interview(@PathVariable long id, @Validated @ModelAttribute("interviewForm") InterviewForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		LocalDate heldOn = VolunteerChecks.date(form.heldOn(), "heldOn", errors, this.volunteers.today());
		Long interviewer = VolunteerChecks.interviewer(form.interviewer(), this.volunteers.interviewers(), errors);
		if (!errors.hasErrors()) {
			try {
				this.volunteers.interview(id, heldOn, interviewer, Outcome.valueOf(form.outcome()));
				redirect.addFlashAttribute("notice", "palliative.volunteer.interviewed");
				return "redirect:" + BASE + "/" + id;
			}
			catch (Refused refused) {
				refused.showOn(errors);
			}
		}
		model.addAttribute("trainingForm", TrainingForm.empty(this.volunteers.today().getYear()));
		return page(id, model);
	}

	@PostMapping(BASE + "/{id}/training")
	String training(@PathVariable long id, @Validated @ModelAttribute("trainingForm") TrainingForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Integer year = VolunteerChecks.year(form.cycleYear(), errors);
		Integer days = (form.daysAttended() == null || form.daysAttended().isBlank()) ? null
				: VolunteerChecks.whole(form.daysAttended(), "daysAttended", 0, 60, errors);
		if (!errors.hasErrors()) {
			try {
				this.volunteers.training(id, form.cycleName().strip(), year,
						TrainingStatus.valueOf(form.trainingStatus()), days);
				redirect.addFlashAttribute("notice", "palliative.volunteer.trainingSaved");
				return "redirect:" + BASE + "/" + id;
			}
			catch (Refused refused) {
				refused.showOn(errors);
			}
		}
		model.addAttribute("interviewForm", InterviewForm.empty(this.volunteers.today()));
		model.addAttribute("showTraining", true);
		return page(id, model);
	}

	private String page(long id, Model model) {
		Candidate candidate = this.volunteers.open(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("candidate", candidate);
		if (!model.containsAttribute("showTraining")) {
			model.addAttribute("showTraining", candidate.outcome() == Outcome.ADMITTED);
		}
		model.addAttribute("interviewers", this.volunteers.interviewers());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("trainingStatuses", TrainingStatus.values());
		return "palliative/volunteer";
	}

	private String form(Model model) {
		model.addAttribute("candidateLanguages", Language.values());
		model.addAttribute("sources", Source.values());
		return "palliative/volunteer-form";
	}

}
