package brussels.maillage.directory.services;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServicePhone;
import brussels.maillage.directory.review.ReviewService;
import brussels.maillage.system.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.territory.Commune;
import brussels.maillage.territory.TerritoryService;
import brussels.maillage.territory.UnknownPostcodeException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public pages of the directory: the search and one page per service. */
@Controller
class DirectoryController {

	static final List<String> BASSINS = List.of("NORD", "NORD_EST", "SUD", "SUD_EST", "CENTRE_OUEST");

	static final List<String> SPOKEN = List.of("fr", "nl", "en", "ar", "tr", "es", "pt", "ro", "pl", "ber");

	private static final int PAGE_SIZE = 20;

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final DirectoryService directory;

	private final JsonMapper json;

	private final PlaceResolver places;

	private final ServiceEditing editing;

	private final ReviewService reviews;

	private final Clock clock;

	private final TerritoryService territory;

	private final MessageSource messages;

	private final SearchOptions options;

	DirectoryController(DirectoryService directory, JsonMapper json, PlaceResolver places, ServiceEditing editing,
			ReviewService reviews, Clock clock, TerritoryService territory, MessageSource messages) {
		this.messages = messages;
		this.options = new SearchOptions(messages);
		this.reviews = reviews;
		this.clock = clock;
		this.territory = territory;
		this.directory = directory;
		this.json = json;
		this.places = places;
		this.editing = editing;
	}

	@GetMapping("/repertoire")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String language, @RequestParam(defaultValue = "false") boolean accessible,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String commune,
			@RequestParam(required = false) String bassin, @RequestParam(required = false) String postcode,
			@RequestParam(required = false) String audience, @RequestParam(defaultValue = "false") boolean open,
			@RequestParam(defaultValue = "1") String page, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		String chosenCommune = known(commune, this.territory.communes().stream().map(Commune::nis).toList());
		ServiceKind chosenKind = parseKind(kind);
		Place place;
		try {
			place = this.places.resolve(postcode, chosenCommune, known(bassin, BASSINS), null, null);
		}
		catch (UnknownPostcodeException ex) {
			model.addAttribute("postcodeError", "directory.postcode.notBrussels");
			place = this.places.resolve(null, chosenCommune, known(bassin, BASSINS), null, null);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("postcodeError", "directory.postcode.invalid");
			place = this.places.resolve(null, chosenCommune, known(bassin, BASSINS), null, null);
		}
		model.addAttribute("postcode", (postcode != null) ? postcode.strip() : "");
		SearchQuery query = new SearchQuery(q, theme, known(language, SPOKEN), accessible, chosenKind, place, null,
				null, pageNumber(page) - 1, PAGE_SIZE, known(audience, ServiceFormReader.AUDIENCES),
				open ? LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES) : null);
		Map<String, String> parameters = new HashMap<>();
		parameters.put("q", query.text());
		parameters.put("theme", query.theme());
		parameters.put("language", query.language());
		parameters.put("accessible", accessible ? "true" : null);
		parameters.put("kind", (chosenKind != null) ? chosenKind.name() : null);
		parameters.put("commune", chosenCommune);
		parameters.put("bassin", known(bassin, BASSINS));
		parameters.put("postcode",
				(postcode != null && !model.containsAttribute("postcodeError")) ? postcode.strip() : null);
		parameters.put("audience", query.audience());
		parameters.put("open", open ? "true" : null);
		parameters.values().removeIf(java.util.Objects::isNull);
		SearchLinks links = new SearchLinks(parameters);
		model.addAttribute("links", links);
		model.addAttribute("openNow", open);
		model.addAttribute("query", query);
		// The search needs no transaction: DirectoryService's search has none.
		SearchResults results = this.directory.search(query);
		model.addAttribute("results", results);
		model.addAttribute("rows", ResultRows.of(results.hits(), query.page() * query.size() + 1,
				request.getContextPath(), this.messages, locale));
		model.addAttribute("facets",
				ResultRows.facets(results.themes(), query.theme(), links, request.getContextPath(), locale));
		model.addAttribute("whyLabel", this.options.label("directory.results.why", locale));
		// The results may differ by this header: the live search asks for them alone.
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		if (liveResults(request)) {
			return "directory/search :: #results";
		}
		this.options.addTo(model, query, this.directory.communes(locale), this.directory.themes(), locale);
		return "directory/search";
	}

	@GetMapping("/repertoire/services/{id}")
	String service(@PathVariable UUID id, Model model, Locale locale, Authentication viewer) {
		ServiceDetails service = this.directory.service(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!model.containsAttribute("report")) {
			model.addAttribute("report", ReportForm.empty());
		}
		if (viewer != null && viewer.getPrincipal() instanceof CurrentUser user && user.has(Role.STAFF)) {
			model.addAttribute("staff", true);
			model.addAttribute("confidentialPlaces", this.editing.confidentialLocations(id));
			model.addAttribute("internalNote", this.editing.internalNote(id));
		}
		model.addAttribute("service", service);
		model.addAttribute("areaNames", areaNames(service, locale));
		model.addAttribute("jsonLd", jsonLd(service, locale));
		model.addAttribute("verifiedOn",
				(service.lastVerifiedAt() != null) ? LocalDate.ofInstant(service.lastVerifiedAt(), BRUSSELS) : null);
		return "directory/service";
	}

	/** The bassins and communes a service covers by name (other codes as they are). */
	private List<String> areaNames(ServiceDetails service, Locale locale) {
		return service.areaCodes().stream().map((code) -> switch (service.areaLevel()) {
			case BASSIN ->
				this.territory.bassin(code).map((bassin) -> bassin.bassin().name().in(locale).text()).orElse(code);
			case COMMUNE -> this.territory.communes()
				.stream()
				.filter((commune) -> commune.nis().equals(code))
				.findFirst()
				.map((commune) -> commune.name().in(locale).text())
				.orElse(code);
			default -> code;
		}).toList();
	}

	@PostMapping("/repertoire/services/{id}/report")
	String report(@PathVariable UUID id, @Validated @ModelAttribute("report") ReportForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, Locale locale, Authentication viewer) {
		if (this.directory.service(id).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (form.isFromRobot()) {
			// Filled by robots only (the field is hidden from people): accept silently,
			// keep nothing.
			redirect.addFlashAttribute("notice", "directory.report.thanks");
			return "redirect:/repertoire/services/" + id;
		}
		if (errors.hasErrors()) {
			model.addAttribute("reportOpen", true);
			return service(id, model, locale, viewer);
		}
		this.reviews.report(id, form.message(), form.email(), locale.getLanguage());
		redirect.addFlashAttribute("notice", "directory.report.thanks");
		return "redirect:/repertoire/services/" + id;
	}

	private static String known(String value, List<String> allowed) {
		return (value != null && allowed.contains(value)) ? value : null;
	}

	private static ServiceKind parseKind(String kind) {
		for (ServiceKind candidate : ServiceKind.values()) {
			if (candidate.name().equals(kind)) {
				return candidate;
			}
		}
		return null;
	}

	private static int pageNumber(String page) {
		try {
			return Math.clamp(Long.parseLong(page.strip()), 1, 10_000);
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/**
	 * The service described with schema.org, for search engines and other tools that read
	 * pages.
	 */
	String jsonLd(ServiceDetails service, Locale locale) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", "https://schema.org");
		document.put("@type", "Service");
		document.put("@id",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/repertoire/services/{id}")
					.buildAndExpand(service.id())
					.toUriString());
		document.put("name", shown(service.name(), locale));
		document.put("description", shown(service.description(), locale));
		document.put("provider", Map.of("@type", "Organization", "name", service.organizationName()));
		document.put("isAccessibleForFree", service.cost() == Cost.FREE);
		document.put("availableLanguage", service.languages());
		document.put("areaServed",
				(service.areaLevel() == AreaLevel.REGION) ? List.of("Brussels-Capital Region") : service.areaCodes());
		List<Object> channels = new ArrayList<>();
		for (ServiceLocation location : service.locations()) {
			channels.add(Map.of("@type", "ServiceChannel", "serviceLocation",
					Map.of("@type", "Place", "address",
							Map.of("@type", "PostalAddress", "streetAddress", location.address(), "postalCode",
									location.postcode(), "addressLocality", location.city(), "addressCountry", "BE"))));
		}
		for (ServicePhone phone : service.phones()) {
			channels.add(Map.of("@type", "ServiceChannel", "servicePhone",
					Map.of("@type", "ContactPoint", "telephone", phone.number())));
		}
		document.put("availableChannel", channels);
		if (service.url() != null) {
			document.put("url", service.url());
		}
		if (service.lastModified() != null) {
			document.put("dateModified", service.lastModified().toString());
		}
		return this.json.writeValueAsString(document).replace("</", "<\\/");
	}

	private static String shown(LocalizedText text, Locale locale) {
		return text.in(locale).text();
	}

	/**
	 * Whether htmx asks for the results alone, as the live search does (not when it
	 * restores a page of its history, for which it needs the whole page).
	 */
	private static boolean liveResults(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}

}
