package brussels.maillage.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * Everything the directory publishes about one service; confidential places are left out.
 *
 * @param id service id
 * @param organizationId id of the organisation
 * @param organizationName name of the organisation
 * @param name name
 * @param description what it offers
 * @param applicationProcess how to get it
 * @param feesDescription what it costs, in words
 * @param eligibility who can use it
 * @param status whether it is open
 * @param kind kind of entry
 * @param url web site, or {@code null}
 * @param email e-mail address, or {@code null}
 * @param minimumAge youngest age served, or {@code null}
 * @param maximumAge oldest age served, or {@code null}
 * @param cost cost category
 * @param languages languages spoken (ISO 639-1 codes)
 * @param targetGroups codes of the groups it is meant for
 * @param areaLevel level of its service area
 * @param areaCodes codes covered at that level (empty for the region)
 * @param lastVerifiedAt when its information was last checked, or {@code null}
 * @param lastVerifiedBy who checked it
 * @param lastModified last change
 * @param locations its public places
 * @param phones its phone numbers
 * @param openingHours when it is open
 * @param themes its taxonomy terms
 */
public record ServiceDetails(UUID id, UUID organizationId, String organizationName, LocalizedText name,
		LocalizedText description, LocalizedText applicationProcess, LocalizedText feesDescription,
		LocalizedText eligibility, ServiceStatus status, ServiceKind kind, String url, String email, Integer minimumAge,
		Integer maximumAge, Cost cost, List<String> languages, List<String> targetGroups, AreaLevel areaLevel,
		List<String> areaCodes, Instant lastVerifiedAt, String lastVerifiedBy, Instant lastModified,
		List<ServiceLocation> locations, List<ServicePhone> phones, List<OpeningHours> openingHours,
		List<Theme> themes) {
}
