package brussels.maillage.directory.hsds;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON documents of the HSDS 3.1 API, with HSDS's snake_case names; absent values are
 * left out, as the HSDS schemas do not allow {@code null}.
 */
final class Hsds {

	private Hsds() {
	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record ApiInfo(String version, String openapiUrl) {
	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Page<T>(long totalItems, int totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage,
			boolean empty, List<T> contents) {

		static <T> Page<T> of(List<T> contents, long total, int page, int perPage) {
			int pages = (int) Math.max(1, (total + perPage - 1) / perPage);
			return new Page<>(total, pages, page, contents.size(), page == 1, page >= pages, contents.isEmpty(),
					contents);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Service(String id, String organizationId, String name, String description, String url, String email,
			String status, String applicationProcess, String feesDescription, String eligibilityDescription,
			Integer minimumAge, Integer maximumAge, String assuredDate, String assurerEmail, String lastModified,
			List<Phone> phones, List<Schedule> schedules, List<ServiceArea> serviceAreas,
			List<ServiceAtLocation> serviceAtLocations, List<Language> languages, Organization organization,
			List<Attribute> attributes, List<Contact> contacts, String alternateName, String programId,
			Program program) {

		Service(String id, String organizationId, String name, String description, String url, String email,
				String status, String applicationProcess, String feesDescription, String eligibilityDescription,
				Integer minimumAge, Integer maximumAge, String assuredDate, String assurerEmail, String lastModified,
				List<Phone> phones, List<Schedule> schedules, List<ServiceArea> serviceAreas,
				List<ServiceAtLocation> serviceAtLocations, List<Language> languages, Organization organization,
				List<Attribute> attributes, List<Contact> contacts) {
			this(id, organizationId, name, description, url, email, status, applicationProcess, feesDescription,
					eligibilityDescription, minimumAge, maximumAge, assuredDate, assurerEmail, lastModified, phones,
					schedules, serviceAreas, serviceAtLocations, languages, organization, attributes, contacts, null,
					null, null);
		}

	}

	/** A program (collection of related services of an organisation). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Program(String id, String organizationId, String name, String alternateName, String description) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Organization(String id, String name, String description, String email, String website,
			List<Contact> contacts, List<Phone> phones, List<Location> locations, List<Service> services,
			String alternateName, List<Program> programs) {

		Organization(String id, String name, String description, String email, String website, List<Contact> contacts,
				List<Phone> phones, List<Location> locations, List<Service> services) {
			this(id, name, description, email, website, contacts, phones, locations, services, null, null);
		}

		/** The same organisation with its alternate name and (when not null) programs. */
		Organization withNames(String alternateName, List<Program> programs) {
			return new Organization(this.id, this.name, this.description, this.email, this.website, this.contacts,
					this.phones, this.locations, this.services, alternateName, programs);
		}

		/** The organisation's one-to-one fields, as in a list. */
		static Organization of(String id, String name, String description, String email, String website) {
			return new Organization(id, name, description, email, website, null, null, null, null);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Contact(String id, String organizationId, String serviceId, String locationId, String name, String title,
			String department, String email, List<Phone> phones) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Phone(String id, String serviceId, String organizationId, String contactId, String number, String type,
			String description) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Schedule(String id, String serviceId, String freq, String byday, String opensAt, String closesAt,
			String description, String validFrom, String validTo) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record ServiceArea(String id, String serviceId, String name, String description, String extentType) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record ServiceAtLocation(String id, String serviceId, String locationId, Location location, Service service) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Location(String id, String locationType, String url, String organizationId, String name, String description,
			Double latitude, Double longitude, List<Address> addresses, List<Contact> contacts) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Address(String id, String locationId, @JsonProperty("address_1") String address1, String city,
			String stateProvince, String postalCode, String country, String addressType) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Language(String id, String serviceId, String code) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Attribute(String id, String linkId, String taxonomyTermId, String linkType, String linkEntity,
			TaxonomyTerm taxonomyTerm) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record TaxonomyTerm(String id, String code, String name, String description, String parentId, String taxonomy,
			String language, String taxonomyId) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Taxonomy(String id, String name, String description, String uri, String version) {
	}

}
