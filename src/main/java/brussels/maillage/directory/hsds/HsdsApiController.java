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

import static brussels.maillage.directory.hsds.ApiParameters.checkPage;
import static brussels.maillage.directory.hsds.ApiParameters.instant;
import static brussels.maillage.directory.hsds.ApiParameters.language;
import static brussels.maillage.directory.hsds.ApiParameters.perPage;
import static brussels.maillage.directory.hsds.HsdsRecords.full;
import static brussels.maillage.directory.hsds.HsdsRecords.text;

/**
 * The directory as an Open Referral HSDS 3.1 API: public, read-only, texts in the
 * language asked with {@code lang} (French by default, with the directory's fallback).
 */
@RestController
@RequestMapping("/api/hsds")
@Tag(name = "Directory (HSDS 3.1)", description = "Services, organisations and themes as Open Referral HSDS 3.1")
class HsdsApiController {

	private final DirectoryService directory;

	private final PlaceResolver places;

	private final ServiceOnline online;

	private final HsdsPlaces hsdsPlaces;

	private final OrganizationNames names;

	private final HsdsPackageTerms packageTerms;

	private final TaxonomyTermIds termIds;

	HsdsApiController(DirectoryService directory, PlaceResolver places, ServiceOnline online, HsdsPlaces hsdsPlaces,
			OrganizationNames names, HsdsPackageTerms packageTerms, TaxonomyTermIds termIds) {
		this.termIds = termIds;
		this.packageTerms = packageTerms;
		this.names = names;
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
			TaxonomyTermIds.Term term = this.termIds.term(taxonomyTermId)
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
		// The search without the counts per theme, and without a transaction.
		SearchResults results = this.directory.find(new SearchQuery(search, theme, null, false, null, place,
				organizationId, instant(modifiedAfter), page - 1, size, null, null, packageTerm));
		List<Hsds.Service> contents = results.hits().stream().map((hit) -> summary(hit, locale)).toList();
		return Hsds.Page.of(contents, results.total(), page, size);
	}

	private static Hsds.Service summary(SearchHit hit, Locale locale) {
		return new Hsds.Service(hit.id().toString(), hit.organizationId().toString(), text(hit.name(), locale),
				text(hit.description(), locale), null, null, hit.status().hsds(), null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null);
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
			+ "languages, attributes (its themes, then the terms of the package that brought it, link_type"
			+ " package_term, each with its taxonomy_term) and contacts; schedules with their validity"
			+ " (valid_from, valid_to) when they have one")
	Hsds.Service service(@PathVariable UUID id, @RequestParam(defaultValue = "fr") String lang) {
		ServiceDetails service = this.directory.service(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return full(service, this.online.of(id), this.packageTerms.ofService(id), language(lang));
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
			.map((organization) -> HsdsRecords.organization(organization, locale))
			.toList();
		return Hsds.Page.of(this.names.named(full ? this.hsdsPlaces.full(contents, locale) : contents, full),
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
			.map((found) -> HsdsRecords.organization(found, locale))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return this.names.named(this.hsdsPlaces.full(List.of(organization), locale), true).getFirst();
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

}
