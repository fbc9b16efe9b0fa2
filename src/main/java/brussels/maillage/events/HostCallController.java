package brussels.maillage.events;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Organization;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.Commune;
import brussels.maillage.territory.TerritoryService;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
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

	/** An offer read from the form, and the form row of each of its slots. */
	private record Read(OpenDoors.Offer offer, List<Integer> rows) {
	}

	private final OpenDoors openDoors;

	private final DirectoryService directory;

	private final TerritoryService territory;

	HostCallController(OpenDoors openDoors, DirectoryService directory, TerritoryService territory) {
		this.openDoors = openDoors;
		this.directory = directory;
		this.territory = territory;
	}

	@GetMapping("/portes-ouvertes/appel/{id}")
	String callForm(@PathVariable UUID id, Model model, Locale locale) {
		OpenDoorsWeek week = callWeek(id);
		show(week, HostCallForm.empty(language(locale)), Map.of(), null, model, locale);
		return "events/opendoors-call";
	}

	@PostMapping("/portes-ouvertes/appel/{id}")
	String answer(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> posted,
			@RequestParam(defaultValue = "") String action, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		OpenDoorsWeek week = callWeek(id);
		HostCallForm form = HostCallForm.read(posted);
		if ("addslot".equals(action) || "search".equals(action)) {
			show(week, "addslot".equals(action) ? form.withRow() : form, Map.of(), null, model, locale);
			return "events/opendoors-call";
		}
		Map<String, String> errors = new LinkedHashMap<>();
		Read read = offer(week, form, errors);
		if (errors.isEmpty()) {
			try {
				this.openDoors.answerCall(id, read.offer());
				redirect.addFlashAttribute("sentTo", read.offer().contactEmail());
				return "redirect:/portes-ouvertes/appel/" + id + "/merci";
			}
			catch (OpenDoorsRefused refused) {
				errors.put(field(refused.field(), read.rows()), "events.opendoors.refused." + refused.reason());
			}
		}
		response.setStatus(422);
		show(week, form, errors, null, model, locale);
		return "events/opendoors-call";
	}

	@GetMapping("/portes-ouvertes/appel/{id}/merci")
	String thanks(@PathVariable UUID id, Model model) {
		model.addAttribute("week",
				this.openDoors.week(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
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
		HostOfferDetails details = this.openDoors.offerDetails(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		OpenDoorsWeek week = this.openDoors.week(details.weekId()).orElseThrow();
		show(week, form(details), Map.of(), token, model, locale);
		return "events/opendoors-call";
	}

	@PostMapping("/portes-ouvertes/hote/{token}/modifier")
	String change(@PathVariable String token, @RequestParam MultiValueMap<String, String> posted,
			@RequestParam(defaultValue = "") String action, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		HostOfferDetails details = this.openDoors.offerDetails(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		OpenDoorsWeek week = this.openDoors.week(details.weekId()).orElseThrow();
		HostCallForm form = HostCallForm.read(posted);
		if ("addslot".equals(action) || "search".equals(action)) {
			show(week, "addslot".equals(action) ? form.withRow() : form, Map.of(), token, model, locale);
			return "events/opendoors-call";
		}
		Map<String, String> errors = new LinkedHashMap<>();
		Read read = offer(week, form, errors);
		if (errors.isEmpty()) {
			try {
				this.openDoors.change(token, read.offer());
				redirect.addFlashAttribute("changed", true);
				return "redirect:/portes-ouvertes/hote/" + token;
			}
			catch (OpenDoorsRefused refused) {
				errors.put(field(refused.field(), read.rows()), "events.opendoors.refused." + refused.reason());
			}
		}
		response.setStatus(422);
		show(week, form, errors, token, model, locale);
		return "events/opendoors-call";
	}

	/** Reads and checks the form; what cannot be read is put in {@code errors}. */
	private Read offer(OpenDoorsWeek week, HostCallForm form, Map<String, String> errors) {
		UUID organizationId = null;
		String hostName = form.otherName();
		String note = form.otherNote();
		if (!form.organization().isBlank()) {
			try {
				Organization organization = this.directory.organization(UUID.fromString(form.organization()))
					.orElse(null);
				if (organization != null) {
					organizationId = organization.id();
					hostName = organization.name();
					note = null;
				}
			}
			catch (IllegalArgumentException ex) {
				// Not an id: as if nothing was chosen.
			}
		}
		if (organizationId == null && hostName.isBlank()) {
			errors.put("organization", "events.opendoors.refused.host");
		}
		if (organizationId == null && FormLimits.tooLong(form.otherName(), FormLimits.NAME)) {
			errors.put("otherName", "events.opendoors.refused.hostLength");
		}
		if (organizationId == null && FormLimits.tooLong(form.otherNote(), FormLimits.NOTE)) {
			errors.put("otherNote", "events.opendoors.refused.noteLength");
		}
		if (form.contactName().isBlank()) {
			errors.put("contactName", "events.opendoors.refused.contactName");
		}
		else if (FormLimits.tooLong(form.contactName(), FormLimits.NAME)) {
			errors.put("contactName", "events.opendoors.refused.contactNameLength");
		}
		if (!form.contactEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
				|| FormLimits.tooLong(form.contactEmail(), FormLimits.EMAIL)) {
			errors.put("contactEmail", "events.opendoors.refused.email");
		}
		if (form.address().isBlank()) {
			errors.put("address", "events.opendoors.refused.address");
		}
		else if (FormLimits.tooLong(form.address(), FormLimits.ADDRESS)) {
			errors.put("address", "events.opendoors.refused.addressLength");
		}
		if (!form.commune().matches("21[0-9]{3}")) {
			errors.put("commune", "events.opendoors.refused.commune");
		}
		List<OpenDoors.Slot> slots = new ArrayList<>();
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < form.slots().size(); i++) {
			HostCallForm.Slot row = form.slots().get(i);
			if (row.isBlank()) {
				continue;
			}
			String prefix = "slot-" + i + "-";
			LocalDate day = null;
			try {
				day = LocalDate.parse(row.day());
				if (day.isBefore(week.startsOn()) || day.isAfter(week.endsOn())) {
					errors.put(prefix + "day", "events.opendoors.refused.outside");
				}
			}
			catch (DateTimeParseException ex) {
				errors.put(prefix + "day", "events.opendoors.refused.slotday");
			}
			LocalTime start = null;
			try {
				start = LocalTime.parse(row.start());
			}
			catch (DateTimeParseException ex) {
				errors.put(prefix + "start", "events.opendoors.refused.time");
			}
			int capacity = 0;
			try {
				capacity = Integer.parseInt(row.capacity());
			}
			catch (NumberFormatException ex) {
				// Below 1: refused next to the field.
			}
			if (capacity < 1) {
				errors.put(prefix + "capacity", "events.opendoors.refused.capacity");
			}
			else if (capacity > FormLimits.VISIT_PLACES) {
				errors.put(prefix + "capacity", "events.opendoors.refused.capacityLarge");
			}
			LocalizedText description = LocalizedText.of(row.descriptionFr(), row.descriptionNl(), row.descriptionEn());
			if (description.isEmpty()) {
				errors.put(prefix + "descriptionFr", "events.opendoors.refused.description");
			}
			for (String language : List.of("Fr", "Nl", "En")) {
				String text = switch (language) {
					case "Fr" -> row.descriptionFr();
					case "Nl" -> row.descriptionNl();
					default -> row.descriptionEn();
				};
				if (FormLimits.tooLong(text, FormLimits.DESCRIPTION)) {
					errors.put(prefix + "description" + language, "events.opendoors.refused.descriptionLength");
				}
			}
			if (day != null && start != null) {
				String language = List.of("fr", "nl", "bilingual", "en").contains(row.language()) ? row.language()
						: null;
				slots.add(new OpenDoors.Slot(LocalDateTime.of(day, start), capacity, language, description,
						row.themes()));
				rows.add(i);
			}
		}
		if (form.slots().stream().allMatch(HostCallForm.Slot::isBlank)) {
			errors.put("slot-0-day", "events.opendoors.refused.noslot");
		}
		if (!errors.isEmpty()) {
			return null;
		}
		String theme = slots.stream().flatMap((slot) -> slot.themes().stream()).findFirst().orElse(null);
		String description = slots.get(0).description().in(Locale.FRENCH).text();
		return new Read(new OpenDoors.Offer(organizationId, hostName, form.address(), form.commune(), theme,
				description, form.contactEmail(), slots, form.contactName(), form.contactLanguage(), note), rows);
	}

	/**
	 * The form field of a refusal: the service names a slot by its position among the
	 * slots read, the form by its row.
	 */
	private static String field(String field, List<Integer> rows) {
		java.util.regex.Matcher slot = java.util.regex.Pattern.compile("slot-(\\d+)-(\\w+)").matcher(field);
		if (slot.matches()) {
			int n = Integer.parseInt(slot.group(1));
			return "slot-" + ((n < rows.size()) ? rows.get(n) : n) + "-" + slot.group(2);
		}
		return switch (field) {
			case "hostName" -> "organization";
			case "slots" -> "slot-0-day";
			default -> field;
		};
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
		model.addAttribute("open", week.openToHosts(LocalDate.now(EventMails.BRUSSELS)));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
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
		return this.openDoors.week(id)
			.filter((week) -> "CALL".equals(week.status()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static HostCallForm form(HostOfferDetails details) {
		List<HostCallForm.Slot> slots = new ArrayList<>();
		for (HostOfferDetails.OfferedSlot slot : details.slots()) {
			LocalizedText text = slot.description();
			slots.add(new HostCallForm.Slot(slot.startsAt().toLocalDate().toString(),
					slot.startsAt().toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")),
					Integer.toString(slot.capacity()), slot.language() == null ? "" : slot.language(),
					text.fr() == null ? "" : text.fr(), text.nl() == null ? "" : text.nl(),
					text.en() == null ? "" : text.en(), slot.themes()));
		}
		slots.add(HostCallForm.Slot.empty(details.contactLanguage()));
		boolean inDirectory = details.organizationId() != null;
		return new HostCallForm(inDirectory ? details.organizationId().toString() : "",
				inDirectory ? details.hostName() : "", "", inDirectory ? "" : details.hostName(),
				details.organizationNote() == null ? "" : details.organizationNote(),
				details.contactName() == null ? "" : details.contactName(), details.contactEmail(),
				details.contactLanguage(), details.address(), details.communeNis(), slots);
	}

	private static String language(Locale locale) {
		return OpenDoors.language(locale.getLanguage());
	}

}
