package brussels.maillage.events.opendoors.call;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.events.opendoors.HostOfferDetails;
import brussels.maillage.events.opendoors.HostOfferService;
import brussels.maillage.events.opendoors.OpenDoors;
import brussels.maillage.events.opendoors.OpenDoorsRefused;
import brussels.maillage.events.opendoors.OpenDoorsWeek;
import brussels.maillage.events.opendoors.OpenDoorsWeekService;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Organization;
import brussels.maillage.events.EventsService;
import brussels.maillage.system.forms.FormProblems;
import brussels.maillage.territory.Commune;
import brussels.maillage.territory.TerritoryService;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public call for hosts of an open-doors week: a host organisation finds itself in
 * the directory (or names itself with a note for staff), gives a contact and offers
 * 1.5-hour visit slots; it receives a private link by e-mail to see and change its offer
 * and later its visitors.
 */
@Controller
class HostCallController {

	private static final int RESULTS = 12;

	/** Start times offered: every quarter of an hour from 7:00 to 19:00. */
	private static final List<String> STARTS = java.util.stream.IntStream.rangeClosed(7 * 4, 19 * 4)
		.mapToObj((quarter) -> LocalTime.of(quarter / 4, (quarter % 4) * 15).toString())
		.toList();

	private final OpenDoorsWeekService weeks;

	private final HostOfferService offers;

	private final DirectoryService directory;

	private final HostCallChecks checks;

	private final TerritoryService territory;

	private final Clock clock;

	HostCallController(OpenDoorsWeekService weeks, HostOfferService offers, DirectoryService directory,
			HostCallChecks checks, TerritoryService territory, Clock clock) {
		this.clock = clock;
		this.weeks = weeks;
		this.offers = offers;
		this.directory = directory;
		this.checks = checks;
		this.territory = territory;
	}

	@GetMapping("/portes-ouvertes/appel/{id}")
	String callForm(@PathVariable UUID id, Model model, Locale locale) {
		OpenDoorsWeek week = callWeek(id);
		show(week, HostCallForm.empty(language(locale)), Map.of(), null, model, locale);
		return "events/opendoors-call";
	}

	@PostMapping("/portes-ouvertes/appel/{id}")
	String answer(@PathVariable UUID id, @ModelAttribute("form") HostCallForm host,
			@RequestParam MultiValueMap<String, String> posted, @RequestParam(defaultValue = "") String action,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		OpenDoorsWeek week = callWeek(id);
		HostCallForm form = host.withRows(posted);
		if ("addslot".equals(action) || "search".equals(action)) {
			show(week, "addslot".equals(action) ? form.withRow() : form, Map.of(), null, model, locale);
			return "events/opendoors-call";
		}
		Map<String, String> errors = new LinkedHashMap<>(this.checks.problems(week, form));
		if (errors.isEmpty()) {
			HostCallChecks.Read read = this.checks.offer(form);
			try {
				this.offers.answerCall(id, read.offer());
				redirect.addFlashAttribute("sentTo", read.offer().contactEmail());
				return "redirect:/portes-ouvertes/appel/" + id + "/merci";
			}
			catch (OpenDoorsRefused refused) {
				errors.put(HostCallChecks.field(refused.field(), read.rows()),
						"events.opendoors.refused." + refused.reason());
			}
		}
		response.setStatus(422);
		show(week, form, errors, null, model, locale);
		return "events/opendoors-call";
	}

	@GetMapping("/portes-ouvertes/appel/{id}/merci")
	String thanks(@PathVariable UUID id, Model model) {
		model.addAttribute("week",
				this.weeks.week(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "events/opendoors-call-thanks";
	}

	/** Organisations of the directory whose name holds every word typed (htmx). */
	@GetMapping("/portes-ouvertes/appel/{id}/organisations")
	String organizations(@PathVariable UUID id, @RequestParam(defaultValue = "") String organizationQuery,
			Model model) {
		model.addAttribute("form", new HostCallForm("", "", organizationQuery, "", "", "", "", "", "", "", List.of()));
		model.addAttribute("found", find(organizationQuery));
		model.addAttribute("searched", !organizationQuery.isBlank());
		return "events/opendoors-call :: organizations";
	}

	@GetMapping("/portes-ouvertes/hote/{token}/modifier")
	String changeForm(@PathVariable String token, Model model, Locale locale) {
		HostOfferDetails details = this.offers.offerDetails(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		OpenDoorsWeek week = this.weeks.week(details.weekId()).orElseThrow();
		show(week, HostCallForm.of(details), Map.of(), token, model, locale);
		return "events/opendoors-call";
	}

	@PostMapping("/portes-ouvertes/hote/{token}/modifier")
	String change(@PathVariable String token, @ModelAttribute("form") HostCallForm host,
			@RequestParam MultiValueMap<String, String> posted, @RequestParam(defaultValue = "") String action,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		HostOfferDetails details = this.offers.offerDetails(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		OpenDoorsWeek week = this.weeks.week(details.weekId()).orElseThrow();
		HostCallForm form = host.withRows(posted);
		if ("addslot".equals(action) || "search".equals(action)) {
			show(week, "addslot".equals(action) ? form.withRow() : form, Map.of(), token, model, locale);
			return "events/opendoors-call";
		}
		Map<String, String> errors = new LinkedHashMap<>(this.checks.problems(week, form));
		if (errors.isEmpty()) {
			HostCallChecks.Read read = this.checks.offer(form);
			try {
				this.offers.change(token, read.offer());
				redirect.addFlashAttribute("changed", true);
				return "redirect:/portes-ouvertes/hote/" + token;
			}
			catch (OpenDoorsRefused refused) {
				errors.put(HostCallChecks.field(refused.field(), read.rows()),
						"events.opendoors.refused." + refused.reason());
			}
		}
		response.setStatus(422);
		show(week, form, errors, token, model, locale);
		return "events/opendoors-call";
	}

	private void show(OpenDoorsWeek week, HostCallForm form, Map<String, String> errors, String token, Model model,
			Locale locale) {
		Map<String, String> days = new LinkedHashMap<>();
		DateTimeFormatter dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
		for (LocalDate d = week.startsOn(); !d.isAfter(week.endsOn()); d = d.plusDays(1)) {
			days.put(d.toString(), dayFormat.format(d));
		}
		Map<String, String> communes = new LinkedHashMap<>();
		for (Commune commune : this.territory.communes()) {
			communes.put(commune.nis(), commune.name().in(locale).text());
		}
		if (!form.organization().isBlank() && form.organizationName().isBlank()) {
			try {
				form = form.named(this.directory.organization(UUID.fromString(form.organization()))
					.map(Organization::name)
					.orElse(""));
			}
			catch (IllegalArgumentException ex) {
				// Nothing chosen.
			}
		}
		model.addAttribute("week", week);
		model.addAttribute("open",
				week.openToHosts(LocalDate.ofInstant(this.clock.instant(), EventsService.TIME_ZONE)));
		FormProblems.show(model, "form", form, errors);
		model.addAttribute("token", token);
		model.addAttribute("days", days);
		model.addAttribute("communes", communes);
		model.addAttribute("themes", this.directory.themes().stream().filter((t) -> t.parentId() == null).toList());
		model.addAttribute("found", find(form.organizationQuery()));
		model.addAttribute("searched", !form.organizationQuery().isBlank());
		model.addAttribute("messageLanguages", List.of("fr", "nl", "en"));
		model.addAttribute("visitLanguages", List.of("fr", "nl", "bilingual", "en"));
		model.addAttribute("starts", STARTS);
	}

	private List<Organization> find(String query) {
		List<String> words = Arrays.stream(plain(query).split("\\s+")).filter((w) -> !w.isBlank()).toList();
		if (words.isEmpty()) {
			return List.of();
		}
		int total = (int) Math.min(this.directory.countOrganizations(), 20_000);
		return this.directory.organizations(0, total).stream().filter((organization) -> {
			String name = plain(organization.name());
			return words.stream().allMatch(name::contains);
		}).limit(RESULTS).toList();
	}

	private static String plain(String text) {
		return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
	}

	private OpenDoorsWeek callWeek(UUID id) {
		return this.weeks.week(id)
			.filter((week) -> "CALL".equals(week.status()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String language(Locale locale) {
		return OpenDoors.language(locale.getLanguage());
	}

}
