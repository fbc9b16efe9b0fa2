package brussels.maillage.events.opendoors;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.events.EventsService;
import brussels.maillage.system.forms.FormProblems;
import brussels.maillage.territory.Commune;
import brussels.maillage.territory.TerritoryService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public pages of the open-doors weeks: the list of weeks, the programme of a week
 * filterable by day, commune and theme, the booking form of a visit, and the private page
 * where a host sees its visitors.
 */
@Controller
class OpenDoorsController {

	private final OpenDoorsWeekService weeks;

	private final HostOfferService offers;

	private final OpenDoorsProgrammeService programme;

	private final BookingService bookings;

	private final HostVisitorService hostVisitors;

	private final DirectoryService directory;

	private final TerritoryService territory;

	private final Clock clock;

	OpenDoorsController(OpenDoorsWeekService weeks, HostOfferService offers, OpenDoorsProgrammeService programme,
			BookingService bookings, HostVisitorService hostVisitors, DirectoryService directory,
			TerritoryService territory, Clock clock) {
		this.clock = clock;
		this.weeks = weeks;
		this.offers = offers;
		this.programme = programme;
		this.bookings = bookings;
		this.hostVisitors = hostVisitors;
		this.directory = directory;
		this.territory = territory;
	}

	@GetMapping("/portes-ouvertes")
	String weeks(Model model) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), EventsService.TIME_ZONE);
		model.addAttribute("weeks",
				this.weeks.weeks().stream().filter((week) -> !"CALL".equals(week.status())).toList());
		model.addAttribute("calls", this.weeks.weeks().stream().filter((week) -> week.openToHosts(today)).toList());
		return "events/opendoors-weeks";
	}

	@GetMapping("/portes-ouvertes/{id}")
	String programme(@PathVariable UUID id, @RequestParam(required = false) String day,
			@RequestParam(required = false) String commune, @RequestParam(required = false) String theme, Model model,
			Locale locale) {
		OpenDoorsWeek week = this.weeks.week(id)
			.filter((found) -> !"CALL".equals(found.status()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		LocalDate shownDay = parseDay(day);
		List<ProgrammeSlot> slots = this.programme.programme(id, shownDay, commune, theme, locale);
		Map<String, String> days = new LinkedHashMap<>();
		DateTimeFormatter dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
		for (LocalDate d = week.startsOn(); !d.isAfter(week.endsOn()); d = d.plusDays(1)) {
			days.put(d.toString(), dayFormat.format(d));
		}
		model.addAttribute("week", week);
		model.addAttribute("days", days);
		model.addAttribute("day", shownDay == null ? "" : shownDay.toString());
		model.addAttribute("commune", commune == null ? "" : commune);
		model.addAttribute("theme", theme == null ? "" : theme);
		model.addAttribute("communes", communeNames(locale));
		model.addAttribute("themes", this.directory.themes().stream().filter((t) -> t.parentId() == null).toList());
		model.addAttribute("slots", slots);
		model.addAttribute("when", when(slots, locale));
		return "events/opendoors-programme";
	}

	@GetMapping("/portes-ouvertes/creneau/{slot}")
	String bookingForm(@PathVariable UUID slot, Model model, Locale locale) {
		model.addAttribute("bookingForm", new BookingForm("", "", "", locale.getLanguage()));
		show(slot, false, model, locale);
		return "events/opendoors-booking";
	}

	@PostMapping("/portes-ouvertes/creneau/{slot}")
	String book(@PathVariable UUID slot, @ModelAttribute("bookingForm") BookingForm form, Model model, Locale locale,
			jakarta.servlet.http.HttpServletResponse response) {
		try {
			this.bookings.book(slot, form.booking());
			show(slot, true, model, locale);
		}
		catch (OpenDoorsRefused refused) {
			response.setStatus(422);
			// A refusal about the visit, not a field, is shown above the form.
			String field = "slot".equals(refused.field()) ? "form" : refused.field();
			FormProblems.show(model, "bookingForm", form,
					Map.of(field, "events.opendoors.refused." + refused.reason()));
			show(slot, false, model, locale);
		}
		return "events/opendoors-booking";
	}

	@GetMapping("/portes-ouvertes/hote/{token}")
	String host(@PathVariable String token, Model model, Locale locale) {
		String host = this.offers.hostName(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<HostVisitor> visitors = this.hostVisitors.visitors(token);
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
			.withLocale(locale);
		List<String> times = visitors.stream()
			.map((v) -> format.format(v.startsAt().atZone(EventsService.TIME_ZONE)))
			.toList();
		HostOfferDetails offer = this.offers.offerDetails(token).orElseThrow();
		OpenDoorsWeek week = this.weeks.week(offer.weekId()).orElseThrow();
		DateTimeFormatter slotFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
		model.addAttribute("host", host);
		model.addAttribute("visitors", visitors);
		model.addAttribute("times", times);
		model.addAttribute("offer", offer);
		model.addAttribute("hostToken", token);
		model.addAttribute("week", week);
		model.addAttribute("slotTimes",
				offer.slots()
					.stream()
					.map((slot) -> slotFormat.format(slot.startsAt()) + ", "
							+ DateTimeFormatter.ofPattern("HH:mm").format(slot.startsAt()) + "–"
							+ DateTimeFormatter.ofPattern("HH:mm").format(slot.startsAt().plus(OpenDoors.VISIT)))
					.toList());
		model.addAttribute("canChange",
				week.openToHosts(LocalDate.ofInstant(this.clock.instant(), EventsService.TIME_ZONE))
						&& visitors.isEmpty());
		model.addAttribute("communeName", communeNames(locale).getOrDefault(offer.communeNis(), offer.communeNis()));
		return "events/opendoors-host";
	}

	@GetMapping("/portes-ouvertes/visite/{token}")
	String visit(@PathVariable String token, Model model, Locale locale) {
		return visit(token, false, model, locale);
	}

	/** Asks before cancelling a visit: a link followed by mistake cancels nothing. */
	@GetMapping("/portes-ouvertes/visite/{token}/annuler")
	String confirmCancelVisit(@PathVariable String token, Model model, Locale locale) {
		return visit(token, true, model, locale);
	}

	private String visit(String token, boolean confirmCancel, Model model, Locale locale) {
		model.addAttribute("confirmCancel", confirmCancel);
		BookedVisit visit = this.bookings.visit(token, locale).orElse(null);
		model.addAttribute("visit", visit);
		model.addAttribute("token", token);
		if (visit != null) {
			model.addAttribute("when", when(List.of(visit.slot()), locale).get(0));
			model.addAttribute("communeName",
					communeNames(locale).getOrDefault(visit.slot().communeNis(), visit.slot().communeNis()));
		}
		return "events/opendoors-visit";
	}

	@PostMapping("/portes-ouvertes/visite/{token}/annuler")
	String cancelVisit(@PathVariable String token,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		redirect.addFlashAttribute("cancelled", this.bookings.cancelVisit(token));
		return "redirect:/portes-ouvertes/visite/" + token;
	}

	private void show(UUID slotId, boolean booked, Model model, Locale locale) {
		ProgrammeSlot slot = this.programme.slot(slotId, locale)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("slot", slot);
		model.addAttribute("when", when(List.of(slot), locale).get(0));
		model.addAttribute("communeName", communeNames(locale).getOrDefault(slot.communeNis(), slot.communeNis()));
		model.addAttribute("booked", booked);
		model.addAttribute("messageLanguages", List.of("fr", "nl", "en"));
	}

	private Map<String, String> communeNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (Commune commune : this.territory.communes()) {
			names.put(commune.nis(), commune.name().in(locale).text());
		}
		return names;
	}

	private static List<String> when(List<ProgrammeSlot> slots, Locale locale) {
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
		List<String> when = new ArrayList<>();
		for (ProgrammeSlot slot : slots) {
			when.add(day.format(slot.startsAt().atZone(EventsService.TIME_ZONE)) + ", "
					+ time.format(slot.startsAt().atZone(EventsService.TIME_ZONE)) + "–"
					+ time.format(slot.endsAt().atZone(EventsService.TIME_ZONE)));
		}
		return when;
	}

	private static LocalDate parseDay(String day) {
		if (day == null || day.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(day);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
