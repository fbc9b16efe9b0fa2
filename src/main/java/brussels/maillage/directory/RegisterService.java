package brussels.maillage.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * Adds a service of a registered organisation to the directory.
 *
 * @param id service id
 * @param organizationId its organisation
 * @param name name, in at least one language
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
 * @param languages languages spoken
 * @param targetGroups codes of the groups it is meant for
 * @param areaLevel level of its service area
 * @param areaCodes codes covered at that level (none for the region)
 * @param locationIds places of its organisation where it is delivered
 * @param phones phone numbers
 * @param openingHours when it is open
 * @param themeCodes codes of its taxonomy terms
 * @param lastVerifiedAt when its information was checked, or {@code null}
 * @param lastVerifiedBy who checked it, or {@code null}
 */
public record RegisterService(UUID id, UUID organizationId, LocalizedText name, LocalizedText description,
		LocalizedText applicationProcess, LocalizedText feesDescription, LocalizedText eligibility,
		ServiceStatus status, ServiceKind kind, String url, String email, Integer minimumAge, Integer maximumAge,
		Cost cost, List<String> languages, List<String> targetGroups, AreaLevel areaLevel, List<String> areaCodes,
		List<UUID> locationIds, List<String> phones, List<OpeningHours> openingHours, List<String> themeCodes,
		Instant lastVerifiedAt, String lastVerifiedBy) {

	private static final LocalizedText NONE = LocalizedText.of(null, null, null);

	public RegisterService {
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("A service needs a name");
		}
		if ((areaLevel == AreaLevel.REGION) != areaCodes.isEmpty()) {
			throw new IllegalArgumentException("A regional service lists no codes; other levels list at least one");
		}
		description = orNone(description);
		applicationProcess = orNone(applicationProcess);
		feesDescription = orNone(feesDescription);
		eligibility = orNone(eligibility);
		languages = List.copyOf(languages);
		targetGroups = List.copyOf(targetGroups);
		areaCodes = List.copyOf(areaCodes);
		locationIds = List.copyOf(locationIds);
		phones = List.copyOf(phones);
		openingHours = List.copyOf(openingHours);
		themeCodes = List.copyOf(themeCodes);
	}

	private static LocalizedText orNone(LocalizedText text) {
		return (text != null) ? text : NONE;
	}

}
