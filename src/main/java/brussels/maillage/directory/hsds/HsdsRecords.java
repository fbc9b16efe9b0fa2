package brussels.maillage.directory.hsds;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Organization;
import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.Theme;
import brussels.maillage.system.LocalizedText;

/**
 * The directory's records as HSDS 3.1 records: a service fully nested (phones, schedules,
 * areas, places, languages, themes, contacts), an organisation, a theme as a taxonomy
 * term; texts in the language asked.
 */
final class HsdsRecords {

	private HsdsRecords() {
	}

	/** A text in the language asked (with the directory's fallback), null when empty. */
	static String text(LocalizedText text, Locale locale) {
		String shown = (text != null) ? text.in(locale).text() : "";
		return shown.isEmpty() ? null : shown;
	}

	/**
	 * A service fully nested; its attributes are its themes, then the terms of the
	 * package that brought it ({@code link_type} {@code package_term}).
	 */
	static Hsds.Service full(ServiceDetails service, ServiceOnline.Found online, List<Hsds.TaxonomyTerm> packageTerms,
			Locale locale) {
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
					hours.closesAt().toString(), null, date(hours.validFrom()), date(hours.validTo())))
			.toList();
		List<String> codes = service.areaCodes().isEmpty() ? List.of("BRUSSELS_REGION") : service.areaCodes();
		List<Hsds.ServiceArea> areas = codes.stream()
			.map((code) -> new Hsds.ServiceArea(derived(id, "area", code), id, code, service.areaLevel().name(), null))
			.toList();
		List<Hsds.ServiceAtLocation> places = new ArrayList<>();
		service.locations()
			.forEach((location) -> places.add(serviceAtLocation(service.id(), online.links().get(location.id()),
					service.organizationId(), location, online.places().get(location.id()))));
		places.addAll(online.virtualPlaces());
		List<Hsds.Language> languages = service.languages()
			.stream()
			.map((code) -> new Hsds.Language(derived(id, "language", code), id, code))
			.toList();
		List<Hsds.Attribute> attributes = new ArrayList<>();
		service.themes()
			.forEach((theme) -> attributes.add(new Hsds.Attribute(derived(id, "attribute", theme.code()), id,
					theme.id().toString(), "theme", "service", term(theme, locale))));
		packageTerms.forEach((term) -> attributes.add(new Hsds.Attribute(derived(id, "attribute", term.id()), id,
				term.id(), "package_term", "service", term)));
		Hsds.Organization organization = new Hsds.Organization(service.organizationId().toString(),
				service.organizationName(),
				(online.organizationDescription() != null)
						? Objects.requireNonNullElse(text(online.organizationDescription(), locale), "") : "",
				null, null, Contacts.nonEmpty(online.organization()), null, null, null,
				online.organizationAlternateName(), null);
		return new Hsds.Service(id, service.organizationId().toString(), text(service.name(), locale),
				text(service.description(), locale), service.url(), service.email(), service.status().hsds(),
				text(service.applicationProcess(), locale), text(service.feesDescription(), locale),
				text(service.eligibility(), locale), service.minimumAge(), service.maximumAge(),
				(service.lastVerifiedAt() != null)
						? service.lastVerifiedAt().atZone(ZoneOffset.UTC).toLocalDate().toString() : null,
				(service.lastVerifiedBy() != null && service.lastVerifiedBy().contains("@")) ? service.lastVerifiedBy()
						: null,
				(service.lastModified() != null) ? service.lastModified().toString() : null, phones, schedules, areas,
				places, languages, organization, attributes, online.service(), online.alternateName(),
				(online.program() != null) ? online.program().id() : null, online.program());
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

	static Hsds.Organization organization(Organization organization, Locale locale) {
		String description = text(organization.description(), locale);
		return Hsds.Organization.of(organization.id().toString(), organization.name(),
				(description != null) ? description : "", organization.email(), organization.website());
	}

	static Hsds.TaxonomyTerm term(Theme theme, Locale locale) {
		LocalizedText.Shown label = theme.label().in(locale);
		return new Hsds.TaxonomyTerm(theme.id().toString(), theme.code(), label.text(), label.text(),
				(theme.parentId() != null) ? theme.parentId().toString() : null, "maillage-themes", label.language(),
				theme.taxonomyId().toString());
	}

	private static String date(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static String derived(String ownerId, String kind, String key) {
		return HsdsPlaces.derived(ownerId, kind, key);
	}

}
