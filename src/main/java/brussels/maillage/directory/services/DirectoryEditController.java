package brussels.maillage.directory.services;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.OpeningHours;
import brussels.maillage.directory.Organization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.Theme;
import brussels.maillage.directory.organizations.LocationForm;
import brussels.maillage.directory.organizations.OrganizationForm;
import brussels.maillage.directory.review.ReviewQueue;
import brussels.maillage.directory.taxonomy.ThemeForm;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.Certainty;
import brussels.maillage.territory.Placement;
import brussels.maillage.territory.TerritoryService;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' pages of the directory (staff): organisations, places and services, the
 * review queue, the public's error reports and the search synonyms.
 */
@Controller
class DirectoryEditController {

	/** Who a service can be meant for. */
	static final List<String> AUDIENCES = List.of("children", "youth", "adults", "seniors", "families", "carers",
			"homeless", "migrants", "professionals");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ./()-]{6,24}$");

	private static final int PAGE_SIZE = 50;

	private final DirectoryService directory;

	private final DirectoryEditing editing;

	private final TerritoryService territory;

	DirectoryEditController(DirectoryService directory, DirectoryEditing editing, TerritoryService territory) {
		this.directory = directory;
		this.editing = editing;
		this.territory = territory;
	}

	@GetMapping("/staff/repertoire")
	String home(@RequestParam(required = false) String q, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("admin", user != null && user.has(Role.ADMIN));
		model.addAttribute("organizations", this.editing.findOrganizations(q, 50));
		model.addAttribute("due", this.editing.reviewQueue(null, null, null, 0, 1).total());
		model.addAttribute("openReports", this.editing.openReports());
		model.addAttribute("services", this.directory.countServices());
		return "directory/staff-home";
	}

	// Organisations

	@GetMapping("/staff/repertoire/organizations/new")
	String newOrganization(Model model) {
		model.addAttribute("form", new OrganizationForm());
		return "directory/organization-form";
	}

	@PostMapping("/staff/repertoire/organizations/new")
	String createOrganization(@ModelAttribute("form") OrganizationForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		validate(form, errors);
		if (errors.hasErrors()) {
			return "directory/organization-form";
		}
		UUID id = UUID.randomUUID();
		this.editing.saveOrganization(id, form.getName().strip(), organizationDescription(form), form.getEmail(),
				form.getWebsite(), form.getInternalNote(), user.email());
		redirect.addFlashAttribute("notice", "directory.edit.saved");
		return "redirect:/staff/repertoire/organizations/" + id;
	}

	@GetMapping("/staff/repertoire/organizations/{id}")
	String organization(@PathVariable UUID id, Model model) {
		Organization organization = organizationOr404(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", OrganizationForm.of(organization, this.editing.organizationNote(id)));
		}
		addOrganization(organization, model);
		return "directory/organization-form";
	}

	@PostMapping("/staff/repertoire/organizations/{id}")
	String saveOrganization(@PathVariable UUID id, @ModelAttribute("form") OrganizationForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Organization organization = organizationOr404(id);
		validate(form, errors);
		if (errors.hasErrors()) {
			addOrganization(organization, model);
			return "directory/organization-form";
		}
		this.editing.saveOrganization(id, form.getName().strip(), organizationDescription(form), form.getEmail(),
				form.getWebsite(), form.getInternalNote(), user.email());
		redirect.addFlashAttribute("notice", "directory.edit.saved");
		return "redirect:/staff/repertoire/organizations/" + id;
	}

	private void addOrganization(Organization organization, Model model) {
		model.addAttribute("organization", organization);
		model.addAttribute("locations", this.editing.locationsOf(organization.id()));
		model.addAttribute("services", this.editing.servicesOf(organization.id()));
	}

	private static LocalizedText organizationDescription(OrganizationForm form) {
		return LocalizedText.of(ServiceForm.blankToNull(form.getDescriptionFr()),
				ServiceForm.blankToNull(form.getDescriptionNl()), ServiceForm.blankToNull(form.getDescriptionEn()));
	}

	private static void validate(OrganizationForm form, Errors errors) {
		if (form.getName() == null || form.getName().isBlank()) {
			errors.rejectValue("name", "directory.edit.name.required");
		}
		else if (form.getName().strip().length() > 200) {
			errors.rejectValue("name", "directory.edit.tooLong");
		}
		checkEmail(form.getEmail(), "email", errors);
		checkUrl(form.getWebsite(), "website", errors);
	}

	// Places

	@GetMapping("/staff/repertoire/organizations/{id}/locations/new")
	String newLocation(@PathVariable UUID id, Model model) {
		model.addAttribute("organization", organizationOr404(id));
		model.addAttribute("form", new LocationForm());
		model.addAttribute("communes", this.territory.communes());
		return "directory/location-form";
	}

	@GetMapping("/staff/repertoire/organizations/{id}/locations/{locationId}")
	String location(@PathVariable UUID id, @PathVariable UUID locationId, Model model) {
		model.addAttribute("organization", organizationOr404(id));
		ServiceLocation location = this.editing.locationsOf(id)
			.stream()
			.filter((candidate) -> candidate.id().equals(locationId))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("form", LocationForm.of(location));
		model.addAttribute("locationId", locationId);
		model.addAttribute("communes", this.territory.communes());
		return "directory/location-form";
	}

	@PostMapping({ "/staff/repertoire/organizations/{id}/locations/new",
			"/staff/repertoire/organizations/{id}/locations/{locationId}" })
	String saveLocation(@PathVariable UUID id, @PathVariable(required = false) UUID locationId,
			@ModelAttribute("form") LocationForm form, BindingResult errors, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect, Locale locale) {
		Organization organization = organizationOr404(id);
		if (locationId != null && this.editing.locationsOf(id).stream().noneMatch((l) -> l.id().equals(locationId))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ServiceLocation location = location(form, (locationId != null) ? locationId : UUID.randomUUID(), errors,
				locale);
		if (errors.hasErrors()) {
			model.addAttribute("organization", organization);
			model.addAttribute("locationId", locationId);
			model.addAttribute("communes", this.territory.communes());
			return "directory/location-form";
		}
		this.editing.saveLocation(id, location, user.email());
		redirect.addFlashAttribute("notice", "directory.edit.saved");
		return "redirect:/staff/repertoire/organizations/" + id;
	}

	/**
	 * The place typed in the form, placed in the territory: a Brussels postcode gives the
	 * commune (the editor chooses when the postcode spans several), a point must lie in
	 * Brussels.
	 */
	private ServiceLocation location(LocationForm form, UUID id, Errors errors, Locale locale) {
		if (form.getAddress() == null || form.getAddress().isBlank()) {
			errors.rejectValue("address", "directory.edit.address.required");
		}
		String postcode = (form.getPostcode() != null) ? form.getPostcode().strip() : "";
		Double latitude = number(form.getLatitude(), "latitude", errors);
		Double longitude = number(form.getLongitude(), "longitude", errors);
		if ((latitude == null) != (longitude == null) && !errors.hasFieldErrors("latitude")
				&& !errors.hasFieldErrors("longitude")) {
			errors.rejectValue((latitude == null) ? "latitude" : "longitude", "directory.edit.point.both");
		}
		String communeNis = null;
		if (!postcode.matches("\\d{4}")) {
			errors.rejectValue("postcode",
					postcode.isEmpty() ? "directory.edit.postcode.required" : "directory.postcode.invalid");
		}
		else if (!this.territory.isBrusselsPostcode(postcode)) {
			errors.rejectValue("postcode", "directory.postcode.notBrussels");
		}
		else {
			Placement placement = (latitude != null && longitude != null)
					? this.territory.place(postcode, latitude, longitude) : this.territory.place(postcode);
			if (latitude != null && longitude != null && placement.certainty() == Certainty.OUTSIDE) {
				errors.rejectValue("latitude", "directory.edit.point.outside");
			}
			List<String> candidates = placement.candidates()
				.stream()
				.map(Placement.Candidate::communeNis)
				.distinct()
				.toList();
			String chosen = ServiceForm.blankToNull(form.getCommuneNis());
			if (placement.communeNis() != null && (chosen == null || chosen.equals(placement.communeNis()))) {
				communeNis = placement.communeNis();
			}
			else if (chosen != null && candidates.contains(chosen)) {
				communeNis = chosen;
			}
			else if (candidates.size() > 1) {
				errors.rejectValue("communeNis", "directory.edit.commune.choose");
			}
			else if (!candidates.isEmpty()) {
				communeNis = candidates.get(0);
			}
			else {
				errors.rejectValue("postcode", "directory.postcode.notBrussels");
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		String commune = communeNis;
		String city = ServiceForm.blankToNull(form.getCity());
		if (city == null) {
			city = this.territory.communes()
				.stream()
				.filter((c) -> c.nis().equals(commune))
				.map((c) -> c.name().in(locale).text())
				.findFirst()
				.orElse(postcode);
		}
		return new ServiceLocation(id, ServiceForm.blankToNull(form.getName()), form.getAddress().strip(), postcode,
				city, communeNis, latitude, longitude, form.isConfidential());
	}

	private static Double number(String value, String field, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "directory.edit.number.invalid");
			return null;
		}
	}

	// Services

	@GetMapping("/staff/repertoire/organizations/{id}/services/new")
	String newService(@PathVariable UUID id, Model model) {
		Organization organization = organizationOr404(id);
		ServiceForm form = new ServiceForm();
		model.addAttribute("form", form);
		addServiceChoices(organization, model);
		return "directory/service-form";
	}

	@PostMapping("/staff/repertoire/organizations/{id}/services/new")
	String createService(@PathVariable UUID id, @ModelAttribute("form") ServiceForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Organization organization = organizationOr404(id);
		UUID serviceId = UUID.randomUUID();
		RegisterService service = service(form, serviceId, organization.id(), errors);
		if (errors.hasErrors()) {
			form.padHours();
			addServiceChoices(organization, model);
			return "directory/service-form";
		}
		this.editing.create(service, form.getInternalNote(), user.email());
		if (form.isVerified()) {
			this.editing.verify(serviceId, user.email());
		}
		redirect.addFlashAttribute("notice", "directory.edit.saved");
		return "redirect:/repertoire/services/" + serviceId;
	}

	@GetMapping("/staff/repertoire/services/{id}/edit")
	String editService(@PathVariable UUID id, Model model) {
		EditableService editable = this.editing.editable(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("form", ServiceForm.of(editable));
		model.addAttribute("service", editable.details());
		addServiceChoices(organizationOr404(editable.details().organizationId()), model);
		return "directory/service-form";
	}

	@PostMapping("/staff/repertoire/services/{id}/edit")
	String saveService(@PathVariable UUID id, @ModelAttribute("form") ServiceForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		EditableService editable = this.editing.editable(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ServiceDetails current = editable.details();
		RegisterService service = service(form, id, current.organizationId(), errors);
		if (errors.hasErrors()) {
			form.padHours();
			model.addAttribute("service", current);
			addServiceChoices(organizationOr404(current.organizationId()), model);
			return "directory/service-form";
		}
		this.editing.update(service, form.getInternalNote(), user.email());
		if (form.isVerified()) {
			this.editing.verify(id, user.email());
		}
		redirect.addFlashAttribute("notice", "directory.edit.saved");
		return "redirect:/repertoire/services/" + id;
	}

	@PostMapping("/staff/repertoire/services/{id}/verify")
	String verify(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		if (this.directory.service(id).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		this.editing.verify(id, user.email());
		redirect.addFlashAttribute("notice", "directory.edit.verifiedNotice");
		return "redirect:" + (("review".equals(back)) ? "/staff/repertoire/review" : "/repertoire/services/" + id);
	}

	@GetMapping("/staff/repertoire/services/{id}/history")
	String history(@PathVariable UUID id, Model model) {
		ServiceDetails service = this.directory.service(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("service", service);
		model.addAttribute("history", this.editing.history(id));
		return "directory/history";
	}

	private void addServiceChoices(Organization organization, Model model) {
		model.addAttribute("organization", organization);
		model.addAttribute("locations", this.editing.locationsOf(organization.id()));
		model.addAttribute("themes", this.directory.themes());
		model.addAttribute("communes", this.territory.communes());
		model.addAttribute("bassins", DirectoryController.BASSINS);
		model.addAttribute("spoken", DirectoryController.SPOKEN);
		model.addAttribute("audiences", AUDIENCES);
		model.addAttribute("statuses", ServiceStatus.values());
		model.addAttribute("kinds", ServiceKind.values());
		model.addAttribute("costs", Cost.values());
		model.addAttribute("levels", AreaLevel.values());
		model.addAttribute("days", DayOfWeek.values());
	}

	/**
	 * The service typed in the form, or {@code null} with every problem reported next to
	 * its field.
	 */
	private RegisterService service(ServiceForm form, UUID id, UUID organizationId, Errors errors) {
		LocalizedText name = form.name();
		if (name.isEmpty()) {
			errors.rejectValue("nameFr", "directory.edit.name.required");
		}
		for (String field : List.of("nameFr", "nameNl", "nameEn")) {
			String value = (String) errors.getFieldValue(field);
			if (value != null && value.strip().length() > 200) {
				errors.rejectValue(field, "directory.edit.tooLong");
			}
		}
		ServiceStatus status = choice(ServiceStatus.class, form.getStatus(), "status", errors);
		ServiceKind kind = choice(ServiceKind.class, form.getKind(), "kind", errors);
		Cost cost = choice(Cost.class, form.getCost(), "cost", errors);
		AreaLevel level = choice(AreaLevel.class, form.getAreaLevel(), "areaLevel", errors);
		checkEmail(form.getEmail(), "email", errors);
		checkUrl(form.getUrl(), "url", errors);
		Integer minimumAge = age(form.getMinimumAge(), "minimumAge", errors);
		Integer maximumAge = age(form.getMaximumAge(), "maximumAge", errors);
		if (minimumAge != null && maximumAge != null && maximumAge < minimumAge) {
			errors.rejectValue("maximumAge", "directory.edit.age.order");
		}
		List<String> phones = new ArrayList<>();
		for (String line : form.getPhones().split("\\R")) {
			if (!line.isBlank()) {
				if (!PHONE.matcher(line.strip()).matches()) {
					errors.rejectValue("phones", "directory.edit.phone.invalid", new Object[] { line.strip() }, null);
					break;
				}
				phones.add(line.strip());
			}
		}
		List<OpeningHours> hours = new ArrayList<>();
		for (int i = 0; i < form.getHours().size(); i++) {
			ServiceForm.HoursRow row = form.getHours().get(i);
			if (row.isEmpty()) {
				continue;
			}
			String prefix = "hours[" + i + "].";
			DayOfWeek day = null;
			try {
				day = DayOfWeek.valueOf(row.getDay());
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				errors.rejectValue(prefix + "day", "directory.edit.hours.day");
			}
			LocalTime opens = time(row.getOpens(), prefix + "opens", errors);
			LocalTime closes = time(row.getCloses(), prefix + "closes", errors);
			if (opens != null && closes != null) {
				if (!closes.isAfter(opens)) {
					errors.rejectValue(prefix + "closes", "directory.edit.hours.closesBeforeOpens");
				}
				else if (day != null) {
					hours.add(new OpeningHours(day, opens, closes));
				}
			}
		}
		List<String> areaCodes = List.of();
		if (level != null) {
			switch (level) {
				case BASSIN -> areaCodes = known(form.getAreaBassins(), DirectoryController.BASSINS);
				case COMMUNE -> areaCodes = known(form.getAreaCommunes(),
						this.territory.communes().stream().map((c) -> c.nis()).toList());
				case QUARTIER -> areaCodes = List.of(form.getAreaQuartiers().split("[,;\\s]+"))
					.stream()
					.map(String::strip)
					.filter((code) -> !code.isEmpty())
					.distinct()
					.toList();
				default -> {
				}
			}
			if (level != AreaLevel.REGION && areaCodes.isEmpty()) {
				errors.rejectValue("areaLevel", "directory.edit.area.codes");
			}
		}
		List<String> themes = known(form.getThemeCodes(), this.directory.themes().stream().map(Theme::code).toList());
		List<String> locationIds = known(form.getLocationIds(),
				this.editing.locationsOf(organizationId).stream().map((l) -> l.id().toString()).toList());
		for (String field : List.of("descriptionFr", "descriptionNl", "descriptionEn", "eligibilityFr", "eligibilityNl",
				"eligibilityEn", "applicationProcessFr", "applicationProcessNl", "applicationProcessEn", "feesFr",
				"feesNl", "feesEn", "internalNote")) {
			String value = (String) errors.getFieldValue(field);
			if (value != null && value.length() > 4000) {
				errors.rejectValue(field, "directory.edit.tooLong");
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		ServiceDetails current = this.directory.service(id).orElse(null);
		return new RegisterService(id, organizationId, name, form.description(), form.applicationProcess(), form.fees(),
				form.eligibility(), status, kind, ServiceForm.blankToNull(form.getUrl()),
				ServiceForm.blankToNull(form.getEmail()), minimumAge, maximumAge, cost,
				known(form.getLanguages(), DirectoryController.SPOKEN), known(form.getTargetGroups(), AUDIENCES), level,
				areaCodes, locationIds.stream().map(UUID::fromString).toList(), phones, hours, themes,
				(current != null) ? current.lastVerifiedAt() : null,
				(current != null) ? current.lastVerifiedBy() : null);
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Errors errors) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			errors.rejectValue(field, "directory.edit.choose");
			return null;
		}
	}

	private static List<String> known(List<String> values, List<String> allowed) {
		return (values == null) ? List.of() : values.stream().filter(allowed::contains).distinct().toList();
	}

	private static Integer age(String value, String field, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			int age = Integer.parseInt(value.strip());
			if (age < 0 || age > 120) {
				errors.rejectValue(field, "directory.edit.age.range");
				return null;
			}
			return age;
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "directory.edit.age.range");
			return null;
		}
	}

	private static LocalTime time(String value, String field, Errors errors) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "directory.edit.hours.time");
			return null;
		}
		try {
			return ServiceForm.HoursRow.time(value);
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "directory.edit.hours.time");
			return null;
		}
	}

	static void checkEmail(String value, String field, Errors errors) {
		if (value != null && !value.isBlank()
				&& (value.strip().length() > 254 || !EMAIL.matcher(value.strip()).matches())) {
			errors.rejectValue(field, "directory.edit.email.invalid");
		}
	}

	static void checkUrl(String value, String field, Errors errors) {
		if (value == null || value.isBlank()) {
			return;
		}
		try {
			URI uri = new URI(value.strip());
			if (uri.getScheme() == null || !List.of("http", "https").contains(uri.getScheme().toLowerCase())
					|| uri.getHost() == null || !uri.getHost().contains(".") || value.strip().length() > 500) {
				errors.rejectValue(field, "directory.edit.url.invalid");
			}
		}
		catch (Exception ex) {
			errors.rejectValue(field, "directory.edit.url.invalid");
		}
	}

	// Review queue

	@GetMapping("/staff/repertoire/review")
	String review(@RequestParam(required = false) String months, @RequestParam(required = false) String bassin,
			@RequestParam(required = false) String theme, @RequestParam(defaultValue = "1") String page, Model model) {
		Integer period = switch ((months != null) ? months : "") {
			case "3", "6", "12", "18", "24", "36" -> Integer.valueOf(months);
			default -> null;
		};
		String chosenBassin = (bassin != null && DirectoryController.BASSINS.contains(bassin)) ? bassin : null;
		String chosenTheme = this.directory.themes().stream().anyMatch((t) -> t.code().equals(theme)) ? theme : null;
		int pageNumber = 1;
		try {
			pageNumber = Math.clamp(Long.parseLong(page.strip()), 1, 10_000);
		}
		catch (NumberFormatException ex) {
			// first page
		}
		ReviewQueue queue = this.editing.reviewQueue(period, chosenBassin, chosenTheme, pageNumber - 1, PAGE_SIZE);
		model.addAttribute("queue", queue);
		model.addAttribute("months", queue.months());
		model.addAttribute("bassin", chosenBassin);
		model.addAttribute("theme", chosenTheme);
		model.addAttribute("bassins", DirectoryController.BASSINS);
		model.addAttribute("themes", this.directory.themes());
		model.addAttribute("periods", List.of(3, 6, 12, 18, 24, 36));
		return "directory/review";
	}

	// Reports from the public (they arrive through DirectoryController)

	@GetMapping("/staff/repertoire/reports")
	String reports(@RequestParam(defaultValue = "open") String status, Model model) {
		String chosen = List.of("open", "accepted", "rejected").contains(status) ? status : "open";
		model.addAttribute("status", chosen);
		model.addAttribute("reports", this.editing.reports(chosen, 200));
		return "directory/reports";
	}

	@PostMapping("/staff/repertoire/reports/{id}/{decision:accept|reject}")
	String handle(@PathVariable UUID id, @PathVariable String decision, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		boolean accepted = "accept".equals(decision);
		var service = this.editing.handle(id, accepted, user.email());
		redirect.addFlashAttribute("notice",
				service.isPresent() ? (accepted ? "directory.report.acceptedNotice" : "directory.report.rejectedNotice")
						: "directory.report.alreadyHandled");
		if (accepted && service.isPresent()) {
			return "redirect:/staff/repertoire/services/" + service.get() + "/edit";
		}
		return "redirect:/staff/repertoire/reports";
	}

	// Themes

	@GetMapping("/staff/repertoire/themes")
	String themes(Model model) {
		model.addAttribute("themes", this.directory.themes());
		model.addAttribute("form", new ThemeForm());
		return "directory/themes";
	}

	@GetMapping("/staff/repertoire/themes/{code}")
	String theme(@PathVariable String code, Model model) {
		Theme theme = this.directory.themes()
			.stream()
			.filter((candidate) -> candidate.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("theme", theme);
		model.addAttribute("form", ThemeForm.of(theme));
		model.addAttribute("themes", this.directory.themes());
		return "directory/theme-form";
	}

	@PostMapping({ "/staff/repertoire/themes", "/staff/repertoire/themes/{code}" })
	String saveTheme(@PathVariable(required = false) String code, @ModelAttribute("form") ThemeForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		List<Theme> themes = this.directory.themes();
		Theme existing = (code != null) ? themes.stream()
			.filter((candidate) -> candidate.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)) : null;
		String chosenCode = (existing != null) ? existing.code()
				: (form.getCode() != null) ? form.getCode().strip().toLowerCase(Locale.ROOT) : "";
		if (existing == null) {
			if (!chosenCode.matches("[a-z][a-z0-9_]{1,39}")) {
				errors.rejectValue("code", "directory.themes.code.invalid");
			}
			else if (themes.stream().anyMatch((candidate) -> candidate.code().equals(chosenCode))) {
				errors.rejectValue("code", "directory.themes.code.taken");
			}
		}
		String parent = ServiceForm.blankToNull(form.getParent());
		if (existing == null && parent != null
				&& themes.stream().noneMatch((t) -> t.code().equals(parent) && t.parentId() == null)) {
			errors.rejectValue("parent", "directory.edit.choose");
		}
		LocalizedText label = LocalizedText.of(ServiceForm.blankToNull(form.getLabelFr()),
				ServiceForm.blankToNull(form.getLabelNl()), ServiceForm.blankToNull(form.getLabelEn()));
		if (label.isEmpty()) {
			errors.rejectValue("labelFr", "directory.themes.label.required");
		}
		if (errors.hasErrors()) {
			model.addAttribute("themes", themes);
			model.addAttribute("theme", existing);
			return (existing != null) ? "directory/theme-form" : "directory/themes";
		}
		this.editing.saveTheme(chosenCode, (existing != null) ? null : parent, label, user.email());
		redirect.addFlashAttribute("notice", "directory.edit.saved");
		return "redirect:/staff/repertoire/themes";
	}

	// Synonyms

	@GetMapping("/staff/repertoire/synonyms")
	String synonyms(Model model) {
		model.addAttribute("synonyms", this.editing.synonyms());
		if (!model.containsAttribute("terms")) {
			model.addAttribute("terms", "");
		}
		return "directory/synonyms";
	}

	@PostMapping("/staff/repertoire/synonyms")
	String addSynonyms(@RequestParam(defaultValue = "") String terms, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		List<String> list = List.of(terms.split("[,;=\\n]+")).stream().map(String::strip).toList();
		if (terms.length() > 500 || list.stream().anyMatch((term) -> term.length() > 60)) {
			model.addAttribute("termsError", "directory.synonyms.tooLong");
		}
		else {
			try {
				this.editing.addSynonyms(list, user.email());
				redirect.addFlashAttribute("notice", "directory.synonyms.added");
				return "redirect:/staff/repertoire/synonyms";
			}
			catch (IllegalArgumentException ex) {
				model.addAttribute("termsError", "directory.synonyms.twoTerms");
			}
		}
		model.addAttribute("terms", terms);
		model.addAttribute("synonyms", this.editing.synonyms());
		return "directory/synonyms";
	}

	@PostMapping("/staff/repertoire/synonyms/{id}/delete")
	String removeSynonyms(@PathVariable long id, RedirectAttributes redirect) {
		this.editing.removeSynonyms(id);
		redirect.addFlashAttribute("notice", "directory.synonyms.removed");
		return "redirect:/staff/repertoire/synonyms";
	}

	private Organization organizationOr404(UUID id) {
		return this.directory.organization(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
