package brussels.maillage.directory.hsds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Organization;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.Theme;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.UnknownPostcodeException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The directory as an Open Referral HSDS 3.1 API: public, read-only, texts in the
 * language asked with {@code lang} (French by default, with the directory's fallback).
 */
@RestController
@RequestMapping("/api/hsds")
@Tag(name = "Directory (HSDS 3.1)", description = "Services, organisations and themes as Open Referral HSDS 3.1")
class HsdsApiController {

	/** The largest page served; larger requests are clamped to it. */
	static final int MAX_PER_PAGE = SearchQuery.MAX_SIZE;

	private final DirectoryService directory;

	private final PlaceResolver places;

	private final ServiceOnline online;

	private final HsdsPlaces hsdsPlaces;

	HsdsApiController(DirectoryService directory, PlaceResolver places, ServiceOnline online, HsdsPlaces hsdsPlaces) {
		this.hsdsPlaces = hsdsPlaces;
		this.online = online;
		this.directory = directory;
		this.places = places;
	}

	@GetMapping({ "", "/" })
	@Operation(summary = "Information about this API and its HSDS version")
	Hsds.ApiInfo info() {
		return new Hsds.ApiInfo("3.1",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/openapi").toUriString());
	}

	@GetMapping("/services")
	@Operation(
			summary = "Services, searched and ranked like the directory's search page when search or a place is given",
			description = "total_items is exact up to 1,000 services (or up to the end of the page asked when"
					+ " further); beyond, it is a lower bound, always more than the services up to the end of the"
					+ " page asked, so that last_page is only true on the real last page")
	Hsds.Page<Hsds.Service> services(@RequestParam(required = false) String search,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage,
			@RequestParam(name = "taxonomy_term_id", required = false) UUID taxonomyTermId,
			@RequestParam(name = "organization_id", required = false) UUID organizationId,
			@RequestParam(name = "modified_after", required = false) String modifiedAfter,
			@RequestParam(defaultValue = "fr") String lang, @RequestParam(required = false) String quartier,
			@RequestParam(required = false) String commune, @RequestParam(required = false) String bassin,
			@RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon,
			@RequestParam(required = false) String postcode) {
		int size = perPage(perPage);
		checkPage(page);
		Locale locale = language(lang);
		if ((lat == null) != (lon == null)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "lat and lon go together");
		}
		String theme = null;
		UUID packageTerm = null;
		if (taxonomyTermId != null) {
			// An imported package's own term: the services the package classified there
			// (whatever theme the crosswalk maps it to); otherwise a directory theme.
			HsdsPlaces.Term term = this.hsdsPlaces.term(taxonomyTermId)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown taxonomy_term_id"));
			if (term.packageTerm()) {
				packageTerm = taxonomyTermId;
			}
			else {
				theme = term.theme();
			}
		}
		Place place = (quartier != null && !quartier.isBlank()) ? new Place(quartier, commune, bassin, lat, lon)
				: resolve(postcode, commune, bassin, lat, lon);
		SearchResults results = this.directory.find(new SearchQuery(search, theme, null, false, null, place,
				organizationId, instant(modifiedAfter), page - 1, size, null, null, packageTerm));
		List<Hsds.Service> contents = results.hits().stream().map((hit) -> summary(hit, locale)).toList();
		return Hsds.Page.of(contents, results.total(), page, size);
	}

	private Place resolve(String postcode, String commune, String bassin, Double lat, Double lon) {
		try {
			return this.places.resolve(postcode, commune, bassin, lat, lon);
		}
		catch (UnknownPostcodeException ex) {
			throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
					"postcode " + postcode.strip() + " is not a postcode of the Brussels-Capital Region");
		}
		catch (IllegalArgumentException ex) {
			// A malformed postcode or coordinates out of range: the territory module says
			// which.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	@GetMapping("/services/{id}")
	@Operation(summary = "One service with its phones, schedules, areas, places (with an address or virtual), "
			+ "languages, themes and contacts")
	Hsds.Service service(@PathVariable UUID id, @RequestParam(defaultValue = "fr") String lang) {
		ServiceDetails service = this.directory.service(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return full(service, this.online.of(id), language(lang));
	}

	@GetMapping("/organizations")
	@Operation(summary = "Organisations by name",
			description = "One-to-one fields, as HSDS 3.1 lists them; with full=true each organisation as"
					+ " /organizations/{id} gives it")
	Hsds.Page<Hsds.Organization> organizations(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage,
			@RequestParam(defaultValue = "fr") String lang,
			@Parameter(description = "fully nested organisations") @RequestParam(defaultValue = "false") boolean full) {
		int size = perPage(perPage);
		checkPage(page);
		Locale locale = language(lang);
		List<Hsds.Organization> contents = this.directory.organizations((page - 1) * size, size)
			.stream()
			.map((organization) -> organization(organization, locale))
			.toList();
		return Hsds.Page.of(full ? this.hsdsPlaces.full(contents, locale) : contents,
				this.directory.countOrganizations(), page, size);
	}

	@GetMapping("/organizations/{id}")
	@Operation(summary = "One organisation, fully nested",
			description = "With its contacts (each with its phones), its phones, its public places (with an address,"
					+ " or virtual: location_type virtual, its url, no addresses; each with its contacts) and its"
					+ " services that are not closed (one-to-one fields)")
	Hsds.Organization organization(@PathVariable UUID id, @RequestParam(defaultValue = "fr") String lang) {
		Locale locale = language(lang);
		Hsds.Organization organization = this.directory.organization(id)
			.map((found) -> organization(found, locale))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return this.hsdsPlaces.full(List.of(organization), locale).getFirst();
	}

	@GetMapping("/taxonomies")
	@Operation(summary = "The taxonomies of the directory's themes")
	Hsds.Page<Hsds.Taxonomy> taxonomies() {
		List<Hsds.Taxonomy> contents = this.directory.taxonomies()
			.stream()
			.map((taxonomy) -> new Hsds.Taxonomy(taxonomy.id().toString(), taxonomy.name(), taxonomy.description(),
					taxonomy.uri(), taxonomy.version()))
			.toList();
		return Hsds.Page.of(contents, contents.size(), 1, Math.max(1, contents.size()));
	}

	@GetMapping("/taxonomy_terms")
	@Operation(summary = "The themes and sub-themes")
	Hsds.Page<Hsds.TaxonomyTerm> taxonomyTerms(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage,
			@RequestParam(defaultValue = "fr") String lang) {
		int size = perPage(perPage);
		checkPage(page);
		Locale locale = language(lang);
		List<Theme> themes = this.directory.themes();
		List<Hsds.TaxonomyTerm> contents = themes.stream()
			.skip((long) (page - 1) * size)
			.limit(size)
			.map((theme) -> term(theme, locale))
			.toList();
		return Hsds.Page.of(contents, themes.size(), page, size);
	}

	@GetMapping("/service_at_locations")
	@Operation(summary = "Where services are delivered: public places with an address, and virtual places",
			description = "One-to-one fields of the service at a place, its location and its service, by id; a"
					+ " virtual place has location_type virtual, its url and no addresses. With full=true each"
					+ " location also carries its addresses and contacts. Confidential places and closed services"
					+ " are left out")
	Hsds.Page<Hsds.ServiceAtLocation> servicesAtLocations(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage,
			@RequestParam(defaultValue = "fr") String lang,
			@Parameter(description = "only the services of this organisation") @RequestParam(name = "organization_id",
					required = false) UUID organizationId,
			@Parameter(description = "locations with their addresses and contacts") @RequestParam(
					defaultValue = "false") boolean full) {
		int size = perPage(perPage);
		checkPage(page);
		Locale locale = language(lang);
		List<Hsds.ServiceAtLocation> contents = this.hsdsPlaces.servicesAtLocations(organizationId, (page - 1) * size,
				size, full, locale);
		return Hsds.Page.of(contents, this.hsdsPlaces.countServicesAtLocations(organizationId), page, size);
	}

	@GetMapping("/service_at_locations/{id}")
	@Operation(summary = "One service at a place, with its location (addresses, or the url of a virtual place;"
			+ " contacts with their phones) and its service")
	Hsds.ServiceAtLocation serviceAtLocation(@PathVariable UUID id, @RequestParam(defaultValue = "fr") String lang) {
		return this.hsdsPlaces.serviceAtLocation(id, language(lang))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static int perPage(int perPage) {
		if (perPage < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "per_page must be at least 1");
		}
		return Math.min(perPage, MAX_PER_PAGE);
	}

	private static void checkPage(int page) {
		if (page < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page starts at 1");
		}
	}

	private static Locale language(String lang) {
		if (!LocalizedText.LANGUAGES.contains(lang)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "lang is fr, nl or en");
		}
		return Locale.of(lang);
	}

	private static Instant instant(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException notADate) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
						"modified_after is an ISO 8601 date or date-time");
			}
		}
	}

	private static String text(LocalizedText text, Locale locale) {
		String shown = (text != null) ? text.in(locale).text() : "";
		return shown.isEmpty() ? null : shown;
	}

	private static Hsds.Service summary(SearchHit hit, Locale locale) {
		return new Hsds.Service(hit.id().toString(), hit.organizationId().toString(), text(hit.name(), locale),
				text(hit.description(), locale), null, null, hit.status().hsds(), null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null);
	}

	private static Hsds.Service full(ServiceDetails service, ServiceOnline.Found online, Locale locale) {
		String id = service.id().toString();
		List<Hsds.Phone> phones = service.phones()
			.stream()
			.map((phone) -> new Hsds.Phone(phone.id().toString(), id, null, null, phone.number(), null,
					text(phone.description(), locale)))
			.toList();
		List<Hsds.Schedule> schedules = service.openingHours()
			.stream()
			.map((hours) -> new Hsds.Schedule(derived(id, "schedule", hours.day() + "-" + hours.opensAt()), id,
					"WEEKLY", hours.day().name().substring(0, 2), hours.opensAt().toString(),
					hours.closesAt().toString(), null))
			.toList();
		List<String> codes = service.areaCodes().isEmpty() ? List.of("BRUSSELS_REGION") : service.areaCodes();
		List<Hsds.ServiceArea> areas = codes.stream()
			.map((code) -> new Hsds.ServiceArea(derived(id, "area", code), id, code, service.areaLevel().name(), null))
			.toList();
		List<Hsds.ServiceAtLocation> places = new java.util.ArrayList<>();
		service.locations()
			.forEach((location) -> places.add(serviceAtLocation(service.id(), online.links().get(location.id()),
					service.organizationId(), location, online.places().get(location.id()))));
		places.addAll(online.virtualPlaces());
		List<Hsds.Language> languages = service.languages()
			.stream()
			.map((code) -> new Hsds.Language(derived(id, "language", code), id, code))
			.toList();
		List<Hsds.Attribute> attributes = service.themes()
			.stream()
			.map((theme) -> new Hsds.Attribute(derived(id, "attribute", theme.code()), id, theme.id().toString(),
					"theme", "service", term(theme, locale)))
			.toList();
		Hsds.Organization organization = new Hsds.Organization(service.organizationId().toString(),
				service.organizationName(), "", null, null, Contacts.nonEmpty(online.organization()), null, null, null);
		return new Hsds.Service(id, service.organizationId().toString(), text(service.name(), locale),
				text(service.description(), locale), service.url(), service.email(), service.status().hsds(),
				text(service.applicationProcess(), locale), text(service.feesDescription(), locale),
				text(service.eligibility(), locale), service.minimumAge(), service.maximumAge(),
				(service.lastVerifiedAt() != null)
						? service.lastVerifiedAt().atZone(ZoneOffset.UTC).toLocalDate().toString() : null,
				(service.lastVerifiedBy() != null && service.lastVerifiedBy().contains("@")) ? service.lastVerifiedBy()
						: null,
				(service.lastModified() != null) ? service.lastModified().toString() : null, phones, schedules, areas,
				places, languages, organization, attributes, online.service());
	}

	private static Hsds.ServiceAtLocation serviceAtLocation(UUID serviceId, UUID linkId, UUID organizationId,
			ServiceLocation location, List<Hsds.Contact> contacts) {
		String locationId = location.id().toString();
		Hsds.Location place = HsdsPlaces.physical(locationId, organizationId.toString(), location.name(),
				location.latitude(), location.longitude(),
				List.of(HsdsPlaces.address(locationId, location.address(), location.city(), location.postcode())),
				Contacts.nonEmpty(contacts));
		UUID id = (linkId != null) ? linkId : DirectoryService.serviceAtLocationId(serviceId, location.id());
		return new Hsds.ServiceAtLocation(id.toString(), serviceId.toString(), locationId, place, null);
	}

	private static Hsds.Organization organization(Organization organization, Locale locale) {
		String description = text(organization.description(), locale);
		return Hsds.Organization.of(organization.id().toString(), organization.name(),
				(description != null) ? description : "", organization.email(), organization.website());
	}

	private static Hsds.TaxonomyTerm term(Theme theme, Locale locale) {
		LocalizedText.Shown label = theme.label().in(locale);
		return new Hsds.TaxonomyTerm(theme.id().toString(), theme.code(), label.text(), label.text(),
				(theme.parentId() != null) ? theme.parentId().toString() : null, "maillage-themes", label.language(),
				theme.taxonomyId().toString());
	}

	private static String derived(String ownerId, String kind, String key) {
		return HsdsPlaces.derived(ownerId, kind, key);
	}

}
