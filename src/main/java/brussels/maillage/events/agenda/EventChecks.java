package brussels.maillage.events.agenda;

import java.time.Clock;
import java.util.Map;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Theme;
import brussels.maillage.events.EventsService;
import brussels.maillage.system.forms.FormProblems;
import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Team;
import brussels.maillage.territory.TerritoryService;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Checks the staff form of an event: its field rules (Bean Validation on
 * {@link EventForm}), the rules across fields ({@link EventFormRules},
 * {@link ActivityChecks}) and those that need another module: a postcode of the Brussels
 * Region, themes of the directory, an organising team, and a territory the person works
 * for.
 */
@Component
class EventChecks {

	private final Validator validator;

	private final DirectoryService directory;

	private final TerritoryService territory;

	private final Accounts accounts;

	private final Clock clock;

	EventChecks(Validator validator, DirectoryService directory, TerritoryService territory, Accounts accounts,
			Clock clock) {
		this.validator = validator;
		this.directory = directory;
		this.territory = territory;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * What is wrong, field → message key in the form's order; when nothing is, whether
	 * the person may place the event in its territory.
	 * @param isNew whether the event is being created (its sessions cannot be past)
	 */
	Map<String, String> problems(EventForm form, boolean isNew, CurrentUser user) {
		Map<String, String> problems = FormProblems.of(this.validator, form);
		EventFormRules.texts(form, problems);
		if (EventFormRules.place(form, problems) && !this.territory.isBrusselsPostcode(form.postcode().strip())) {
			problems.putIfAbsent("postcode", "events.form.error.postcodeOutside");
		}
		if (!this.directory.themes().stream().map(Theme::code).toList().containsAll(form.themes())) {
			problems.putIfAbsent("themes", "events.form.error.themes");
		}
		if (form.organiserTeam() == null
				|| this.accounts.teams().stream().map(Team::code).noneMatch(form.organiserTeam()::equals)) {
			problems.putIfAbsent("organiserTeam", "events.form.error.team");
		}
		EventFormRules.capacity(form, problems);
		int sessions = EventFormRules.sessions(form, this.clock.instant(), EventsService.TIME_ZONE, isNew, problems);
		ActivityChecks.problems(form, sessions, problems);
		if (problems.isEmpty() && !user.worksFor(EventsService.scope(form.territory()))) {
			problems.put("territory", "events.form.error.notYourTerritory");
		}
		return FormProblems.inFormOrder(EventForm.class, problems);
	}

}
