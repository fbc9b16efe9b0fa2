package brussels.maillage.directory.exchange;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * The part of the directory being exchanged, read in bulk: what an export writes (and an
 * import would compare against). Confidential places are never part of it.
 */
record DirectorySnapshot(List<Org> organizations, List<Svc> services, List<Loc> locations,
		List<ServiceAtLocation> servicesAtLocations, List<Phone> phones, List<Slot> schedules,
		List<ServiceTerm> serviceTerms, List<Taxonomy> taxonomies, List<Term> terms) {

	record Org(UUID id, String name, LocalizedText description, String email, String website) {
	}

	record Svc(UUID id, UUID organizationId, LocalizedText name, LocalizedText description,
			LocalizedText applicationProcess, LocalizedText feesDescription, LocalizedText eligibility, String status,
			String kind, String url, String email, Integer minimumAge, Integer maximumAge, String cost,
			List<String> languages, List<String> targetGroups, String areaLevel, List<String> areaCodes,
			Instant lastVerifiedAt, String lastVerifiedBy, Instant lastModified) {
	}

	record Loc(UUID id, UUID organizationId, String name, String address, String postcode, String city,
			String communeNis, Double latitude, Double longitude) {
	}

	record ServiceAtLocation(UUID id, UUID serviceId, UUID locationId) {
	}

	record Phone(UUID id, UUID serviceId, String number, LocalizedText description) {
	}

	record Slot(UUID id, UUID serviceId, int weekday, LocalTime opensAt, LocalTime closesAt) {
	}

	record ServiceTerm(UUID serviceId, UUID termId) {
	}

	record Taxonomy(UUID id, String name, String description, String uri, String version) {
	}

	record Term(UUID id, UUID taxonomyId, String code, UUID parentId, LocalizedText label, LocalizedText description) {
	}

}
