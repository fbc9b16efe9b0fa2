package brussels.maillage.directory.exchange.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * The part of the directory being exchanged, read in bulk: what an export writes (and an
 * import would compare against). Confidential places are never part of it.
 */
public record DirectorySnapshot(List<Org> organizations, List<Svc> services, List<Loc> locations,
		List<ServiceAtLocation> servicesAtLocations, List<Phone> phones, List<Slot> schedules,
		List<ServiceTerm> serviceTerms, List<Taxonomy> taxonomies, List<Term> terms, Online online,
		List<Program> programs) {

	public DirectorySnapshot(List<Org> organizations, List<Svc> services, List<Loc> locations,
			List<ServiceAtLocation> servicesAtLocations, List<Phone> phones, List<Slot> schedules,
			List<ServiceTerm> serviceTerms, List<Taxonomy> taxonomies, List<Term> terms, Online online) {
		this(organizations, services, locations, servicesAtLocations, phones, schedules, serviceTerms, taxonomies,
				terms, online, List.of());
	}

	public DirectorySnapshot(List<Org> organizations, List<Svc> services, List<Loc> locations,
			List<ServiceAtLocation> servicesAtLocations, List<Phone> phones, List<Slot> schedules,
			List<ServiceTerm> serviceTerms, List<Taxonomy> taxonomies, List<Term> terms) {
		this(organizations, services, locations, servicesAtLocations, phones, schedules, serviceTerms, taxonomies,
				terms, Online.NONE);
	}

	/**
	 * A virtual place (HSDS {@code location_type} {@code virtual}), reached by its url.
	 */
	public record VirtualLoc(UUID id, UUID organizationId, String name, String description, String url) {
	}

	/** A service delivered at a virtual place (the HSDS service_at_location row). */
	public record VirtualLink(UUID id, UUID serviceId, UUID locationId) {
	}

	/**
	 * A contact (a person or a desk) of an organisation, a service, a place with an
	 * address ({@code locationId}) or a virtual place ({@code virtualLocationId}).
	 */
	public record Contact(UUID id, UUID organizationId, UUID serviceId, UUID locationId, UUID virtualLocationId,
			String name, String title, String department, String email) {
	}

	/** A phone of a contact (an HSDS phone row with a {@code contact_id}). */
	public record ContactPhone(UUID id, UUID contactId, String number, String type, String description) {
	}

	/** The virtual places, the services at them, the contacts and their phones. */
	public record Online(List<VirtualLoc> virtualLocations, List<VirtualLink> virtualLinks, List<Contact> contacts,
			List<ContactPhone> contactPhones) {

		public static final Online NONE = new Online(List.of(), List.of(), List.of(), List.of());

	}

	public record Org(UUID id, String name, LocalizedText description, String email, String website,
			String alternateName) {

		public Org(UUID id, String name, LocalizedText description, String email, String website) {
			this(id, name, description, email, website, null);
		}

	}

	/**
	 * A program (HSDS 3.1 {@code program}): a collection of related services of one
	 * organisation; texts in the package's language.
	 */
	public record Program(UUID id, UUID organizationId, String name, String alternateName, String description) {
	}

	public record Svc(UUID id, UUID organizationId, LocalizedText name, LocalizedText description,
			LocalizedText applicationProcess, LocalizedText feesDescription, LocalizedText eligibility, String status,
			String kind, String url, String email, Integer minimumAge, Integer maximumAge, String cost,
			List<String> languages, List<String> targetGroups, String areaLevel, List<String> areaCodes,
			Instant lastVerifiedAt, String lastVerifiedBy, Instant lastModified, String areaDescription,
			String alternateName, UUID programId) {

		public Svc(UUID id, UUID organizationId, LocalizedText name, LocalizedText description,
				LocalizedText applicationProcess, LocalizedText feesDescription, LocalizedText eligibility,
				String status, String kind, String url, String email, Integer minimumAge, Integer maximumAge,
				String cost, List<String> languages, List<String> targetGroups, String areaLevel,
				List<String> areaCodes, Instant lastVerifiedAt, String lastVerifiedBy, Instant lastModified,
				String areaDescription) {
			this(id, organizationId, name, description, applicationProcess, feesDescription, eligibility, status, kind,
					url, email, minimumAge, maximumAge, cost, languages, targetGroups, areaLevel, areaCodes,
					lastVerifiedAt, lastVerifiedBy, lastModified, areaDescription, null, null);
		}

		public Svc(UUID id, UUID organizationId, LocalizedText name, LocalizedText description,
				LocalizedText applicationProcess, LocalizedText feesDescription, LocalizedText eligibility,
				String status, String kind, String url, String email, Integer minimumAge, Integer maximumAge,
				String cost, List<String> languages, List<String> targetGroups, String areaLevel,
				List<String> areaCodes, Instant lastVerifiedAt, String lastVerifiedBy, Instant lastModified) {
			this(id, organizationId, name, description, applicationProcess, feesDescription, eligibility, status, kind,
					url, email, minimumAge, maximumAge, cost, languages, targetGroups, areaLevel, areaCodes,
					lastVerifiedAt, lastVerifiedBy, lastModified, null, null, null);
		}

	}

	public record Loc(UUID id, UUID organizationId, String name, String address, String postcode, String city,
			String communeNis, Double latitude, Double longitude) {
	}

	public record ServiceAtLocation(UUID id, UUID serviceId, UUID locationId) {
	}

	public record Phone(UUID id, UUID serviceId, String number, LocalizedText description) {
	}

	/**
	 * Opening hours on one day; closing before the opening time means the next day
	 * (overnight); {@code validFrom} and {@code validTo} bound the period, when given.
	 */
	public record Slot(UUID id, UUID serviceId, int weekday, LocalTime opensAt, LocalTime closesAt, LocalDate validFrom,
			LocalDate validTo) {

		public Slot(UUID id, UUID serviceId, int weekday, LocalTime opensAt, LocalTime closesAt) {
			this(id, serviceId, weekday, opensAt, closesAt, null, null);
		}

	}

	/** A phone of an organisation (not of one of its services). */
	public record OrgPhone(UUID id, UUID organizationId, String number, LocalizedText description) {
	}

	/** A taxonomy of an imported package, kept as it is. */
	public record PackageTaxonomy(UUID id, String name, String description, String uri, String version) {
	}

	/**
	 * A term of an imported package's taxonomy, with the directory theme it maps to (null
	 * when none matched) and how it was matched (code, label).
	 */
	public record PackageTerm(UUID id, UUID taxonomyId, String code, String name, String description, UUID parentId,
			UUID themeId, String matchedBy) {
	}

	/** A service classified by a term of its package's taxonomy. */
	public record ServicePackageTerm(UUID serviceId, UUID termId) {
	}

	/**
	 * What an import keeps beside the snapshot: organisations' phones, package
	 * taxonomies.
	 */
	public record Extras(List<OrgPhone> organizationPhones, List<PackageTaxonomy> taxonomies, List<PackageTerm> terms,
			List<ServicePackageTerm> serviceTerms) {

		public static final Extras NONE = new Extras(List.of(), List.of(), List.of(), List.of());

	}

	public record ServiceTerm(UUID serviceId, UUID termId) {
	}

	public record Taxonomy(UUID id, String name, String description, String uri, String version) {
	}

	public record Term(UUID id, UUID taxonomyId, String code, UUID parentId, LocalizedText label,
			LocalizedText description) {
	}

}
